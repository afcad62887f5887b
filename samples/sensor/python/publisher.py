"""The sample's Python publisher: five SensorData messages on "sensor/data", each with a
CustomHeader, a listener of the event service "sensor/data" woken after each.

    python publisher.py GENERATED   (GENERATED holds the package sensorgen, which
                                     iox-schema gen --lang python wrote; run-pair does it)
"""
import sys
import time

import iceoryx2 as iox

sys.path.insert(0, sys.argv[1])
from sensorgen.common import CustomHeader  # noqa: E402
from sensorgen.sensor import SensorData, Status  # noqa: E402

iox.set_log_level_from_env_or(iox.LogLevel.Error)
node = iox.NodeBuilder.new().name(iox.NodeName.new("python-publisher")).create(iox.ServiceType.Ipc)
node.try_cleanup_dead_nodes()  # what killed processes left behind
name = iox.ServiceName.new("sensor/data")
service = (node.service_builder(name).publish_subscribe(SensorData).user_header(CustomHeader)
           .history_size(16).subscriber_max_buffer_size(16).max_publishers(2).max_subscribers(8).open_or_create())
publisher = service.publisher_builder().create()
notifier = node.service_builder(name).event().open_or_create().notifier_builder().create()

for sequence in range(5):
    sample = publisher.loan_uninit()
    sample.user_header().contents.sequence = sequence
    sample.user_header().contents.version = 1
    data = SensorData(timestamp_ns=time.time_ns(), temperature=21.5 + sequence, pressure=101_325.0,
                      humidity=0.5, sensor_id=b"python-0001".ljust(16, b"\0"))
    data.set_status(Status.Calibrated)
    sample.write_payload(data).send()
    notifier.notify()
    print(f"sent #{sequence}: temperature {data.temperature}", flush=True)
    time.sleep(0.2)
time.sleep(1)  # let the subscriber take the last sample before this process ends

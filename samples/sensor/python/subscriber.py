"""The sample's Python subscriber: prints five SensorData messages from "sensor/data",
sleeping on the event service "sensor/data" until a publisher notifies.

    python subscriber.py GENERATED   (see publisher.py)
"""
import sys

import iceoryx2 as iox

sys.path.insert(0, sys.argv[1])
from sensorgen.common import CustomHeader  # noqa: E402
from sensorgen.sensor import SensorData  # noqa: E402

iox.set_log_level_from_env_or(iox.LogLevel.Error)
node = iox.NodeBuilder.new().name(iox.NodeName.new("python-subscriber")).create(iox.ServiceType.Ipc)
node.try_cleanup_dead_nodes()  # what killed processes left behind
name = iox.ServiceName.new("sensor/data")
service = (node.service_builder(name).publish_subscribe(SensorData).user_header(CustomHeader)
           .history_size(16).subscriber_max_buffer_size(16).max_publishers(2).max_subscribers(8).open_or_create())
subscriber = service.subscriber_builder().create()
listener = node.service_builder(name).event().open_or_create().listener_builder().create()
print("ready", flush=True)

received = 0
while received < 5:
    listener.timed_wait(iox.Duration.from_secs(10))
    while (sample := subscriber.receive()) is not None:
        data, header = sample.payload().contents, sample.user_header().contents
        sensor_id = bytes(data.sensor_id).rstrip(b"\0").decode()
        print(f"received #{header.sequence}: {sensor_id} temperature {data.temperature} "
              f"pressure {data.pressure} status {data.get_status()!r}", flush=True)
        received += 1

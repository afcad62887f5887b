"""A publish-subscribe service of the spec example between two ports over shared memory:
values go through the generated API and the user header; an opener whose type name differs
is refused, so iceoryx2 really compares the generated type names."""
import importlib
import os
import sys

import iceoryx2 as iox

sys.path.insert(0, sys.argv[1])
sensor = importlib.import_module("fx_spec_example.sensor")
common = importlib.import_module("fx_spec_example.common")
iox.set_log_level_from_env_or(iox.LogLevel.Error)
node = iox.NodeBuilder.new().create(iox.ServiceType.Ipc)


def expect(condition, what):
    if not condition:
        sys.exit("expected " + what)


def builder(name, payload):
    return node.service_builder(iox.ServiceName.new(f"iox-schema-test/{os.getpid()}/{name}")).publish_subscribe(payload)


data = builder("sensor/data", sensor.SensorData).user_header(common.CustomHeader).history_size(16) \
    .subscriber_max_buffer_size(16).max_publishers(2).max_subscribers(8).create()
publisher = data.publisher_builder().create()
subscriber = data.subscriber_builder().create()
sample = publisher.loan_uninit()
sample.user_header().contents.sequence = 42
sample = sample.write_payload(sensor.SensorData(timestamp_ns=7, temperature=21.5, sensor_id=b"sensor-0001".ljust(16, b"\0"),
                                                status=sensor.Status.Overheated | sensor.Status.LowBattery))
sample.send()
received = subscriber.receive()
payload = received.payload().contents
expect(received.user_header().contents.sequence == 42, "the user header")
expect((payload.timestamp_ns, payload.temperature) == (7, 21.5), "the payload's numbers")
expect(bytes(payload.sensor_id).rstrip(b"\0") == b"sensor-0001", "the payload's byte array")
expect(payload.get_status() == sensor.Status.Overheated | sensor.Status.LowBattery, "the payload's flags")

telemetry = builder("telemetry", sensor.Telemetry).create()
publisher = telemetry.publisher_builder().create()
subscriber = telemetry.subscriber_builder().create()
publisher.send_copy(sensor.Telemetry(mode=sensor.Mode.Fault, label="roof", samples=[0.5, 1.5], counter=2**100))
payload = subscriber.receive().payload().contents
expect((payload.get_mode(), payload.get_label(), payload.get_samples(), payload.get_counter())
       == (sensor.Mode.Fault, "roof", [0.5, 1.5], 2**100), "strings, vecs and 128-bit integers through iceoryx2")


class Renamed(sensor.SensorData):
    @staticmethod
    def type_name():
        return "NotSensorData"


builder("sensor/data", sensor.SensorData).user_header(common.CustomHeader).open()
try:
    builder("sensor/data", Renamed).user_header(common.CustomHeader).open()
except iox.PublishSubscribeOpenError as error:
    expect("IncompatibleTypes" in str(error) or "IncompatibleTypes" in repr(error), f"IncompatibleTypes, got {error!r}")
else:
    sys.exit("expected iceoryx2 to refuse a payload type of another name")
print("ok")

"""A Python peer of the entry-point interop test (io.ioxschema.conformance.interop):

    entry_peer.py GENERATED_ROOT SEQUENCE

opens the schema's own service "sensor/data" through the function iox-schema generated for it
(sensorgen.sensor.sensor_data_service, with the schema's types and QoS), prints "ready", waits
(at most 60 s) for a message whose CustomHeader sequence is SEQUENCE, checks it is message 0 of
SensorMessages.java and prints "ok". Messages of other senders on the service are skipped."""
import importlib
import sys
import time

import iceoryx2 as iox

root, sequence = sys.argv[1], int(sys.argv[2])
sys.path.insert(0, root)
sensor = importlib.import_module("sensorgen.sensor")
iox.set_log_level_from_env_or(iox.LogLevel.Error)


def say(line):
    print(line, flush=True)


node = iox.NodeBuilder.new().name(iox.NodeName.new("python-entry-peer")).create(iox.ServiceType.Ipc)
service = sensor.sensor_data_service(node).open_or_create()
subscriber = service.subscriber_builder().create()
say("ready")
deadline = time.monotonic() + 60
while time.monotonic() < deadline:
    sample = subscriber.receive()
    if sample is None:
        time.sleep(0.01)
        continue
    header, payload = sample.user_header().contents, sample.payload().contents
    if header.sequence != sequence:
        continue
    expected = (1_700_000_000_000_000_000, 20.0, 101_325.0, b"sensor-0000")
    actual = (payload.timestamp_ns, payload.temperature, payload.pressure, bytes(payload.sensor_id).rstrip(b"\0"))
    if actual != expected:
        say(f"message {actual} is not {expected}")
        sys.exit(1)
    say("ok")
    sys.exit(0)
say("timed out")
sys.exit(1)

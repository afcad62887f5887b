"""The Python peer of the interop tests (io.ioxschema.conformance.interop):

    peer.py GENERATED_ROOT publish|subscribe|hold KIND SERVICE COUNT

with the bindings iox-schema generated for samples/sensor/sensor.iox in GENERATED_ROOT/sensorgen
and the iceoryx2 wheel. KIND is "sensor" (SensorData) or "telemetry"; every message carries the
CustomHeader user header. The protocol of every peer: a subscriber prints "ready", receives COUNT
messages (sleeping on a listener of the event service of the same name), checks every field and
prints "ok COUNT"; a publisher publishes COUNT messages, notifying after each, prints "sent
COUNT" and stays until its standard input closes; "hold" receives one message, prints "holding"
and keeps it until killed. The values of message i are those of SensorMessages.java."""
import ctypes
import importlib
import sys
import time

import iceoryx2 as iox

root, role, kind, service, count = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
sys.path.insert(0, root)
sensor = importlib.import_module("sensorgen.sensor")
common = importlib.import_module("sensorgen.common")
iox.set_log_level_from_env_or(iox.LogLevel.Error)


def sensor_id(i):
    return f"sensor-{i:04d}".encode("ascii").ljust(16, b"\0")


def fill_sensor(s, i):
    s.timestamp_ns = 1_700_000_000_000_000_000 + i
    s.temperature = 20.0 + 0.5 * i
    s.pressure = 101_325.0 + i
    s.humidity = 0.25 * (i % 4)
    s.set_status(i % 8)
    s.sensor_id[:] = list(sensor_id(i))


def telemetry(i):
    t = sensor.Telemetry()
    t.set_mode([sensor.Mode.Idle, sensor.Mode.Running, sensor.Mode.Fault][i % 3])
    t.set_label(f"telemetry #{i}")
    t.set_samples([k * 0.5 + i for k in range(i + 1)])
    for row in range(4):
        for column in range(4):
            t.matrix[row][column] = row * 4 + column + i
    t.set_counter(2**100 + i)
    fill_sensor(t.reading, i)
    return t


def payload(i):
    if kind == "sensor":
        s = sensor.SensorData()
        fill_sensor(s, i)
        return s
    return telemetry(i)


class Checker:
    def __init__(self):
        self.problems = []

    def equal(self, what, expected, actual):
        if expected != actual:
            self.problems.append(f"{what} is {actual!r}, expected {expected!r}")


def check_sensor(c, prefix, s, i):
    c.equal(prefix + "timestamp_ns", 1_700_000_000_000_000_000 + i, s.timestamp_ns)
    c.equal(prefix + "temperature", 20.0 + 0.5 * i, s.temperature)
    c.equal(prefix + "pressure", 101_325.0 + i, s.pressure)
    c.equal(prefix + "humidity", 0.25 * (i % 4), s.humidity)
    c.equal(prefix + "status", sensor.Status(i % 8), s.get_status())
    c.equal(prefix + "sensor_id", sensor_id(i), bytes(s.sensor_id))
    c.equal(prefix + "_reserved", bytes(8), bytes(s._reserved))


def check(c, header, p, i):
    c.equal("header.sequence", i, header.sequence)
    c.equal("header.version", 3, header.version)
    c.equal("header._reserved", 0, header._reserved)
    if kind == "sensor":
        check_sensor(c, "", p, i)
        return
    c.equal("mode", [sensor.Mode.Idle, sensor.Mode.Running, sensor.Mode.Fault][i % 3], p.get_mode())
    c.equal("label", f"telemetry #{i}", p.get_label())
    c.equal("samples", [k * 0.5 + i for k in range(i + 1)], p.get_samples())
    c.equal("matrix", [[row * 4 + column + i for column in range(4)] for row in range(4)], [list(r) for r in p.matrix])
    c.equal("counter", 2**100 + i, p.get_counter())
    check_sensor(c, "reading.", p.reading, i)
    raw = bytes((ctypes.c_uint8 * ctypes.sizeof(p)).from_address(ctypes.addressof(p)))
    c.equal("padding", bytes(7 + 8 + 56), raw[1:8] + raw[376:384] + raw[456:512])


def say(line):
    print(line, flush=True)


node = iox.NodeBuilder.new().name(iox.NodeName.new("python-peer")).create(iox.ServiceType.Ipc)
payload_type = sensor.SensorData if kind == "sensor" else sensor.Telemetry
name = iox.ServiceName.new(service)
data = node.service_builder(name).publish_subscribe(payload_type).user_header(common.CustomHeader).open()
events = node.service_builder(name).event().open()

if role == "publish":
    publisher = data.publisher_builder().create()
    notifier = events.notifier_builder().create()
    for i in range(count):
        sample = publisher.loan_uninit()
        header = sample.user_header().contents
        header.sequence, header.version, header._reserved = i, 3, 0
        sample.write_payload(payload(i)).send()
        notifier.notify()
    say(f"sent {count}")
    sys.stdin.read()
    sys.exit(0)

subscriber = data.subscriber_builder().create()
listener = events.listener_builder().create()
say("ready")
if role == "hold":
    while True:
        held = subscriber.receive()
        if held is not None:
            say(f"holding {held.user_header().contents.sequence}")
            while True:
                time.sleep(1)
        listener.timed_wait(iox.Duration.from_millis(100))

checker = Checker()
received = 0
deadline = time.monotonic() + 60
while received < count and time.monotonic() < deadline:
    listener.timed_wait(iox.Duration.from_millis(500))
    while received < count:
        sample = subscriber.receive()
        if sample is None:
            break
        check(checker, sample.user_header().contents, sample.payload().contents, received)
        received += 1
        del sample
if received < count:
    checker.problems.append(f"timed out with {received} of {count} messages")
for problem in checker.problems:
    say(problem)
if checker.problems:
    sys.exit(1)
say(f"ok {count}")

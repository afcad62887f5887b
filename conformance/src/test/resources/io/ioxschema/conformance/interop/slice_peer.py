"""The Python peer of the slice interop test (io.ioxschema.conformance.interop.SliceInteropTest):

    slice_peer.py publish|subscribe|create-and-hold SERVICE COUNT

A publish-subscribe service of `Slice[ctypes.c_uint8]` (iceoryx2's `[u8]`) through the wheel.
Message i is i * 7 + 1 bytes long, byte j of it (i + j) % 251, so each side checks lengths and
contents. "subscribe" opens the service, prints "ready", receives COUNT messages (polling),
checks each and prints "ok COUNT"; "publish" opens it, publishes COUNT messages, prints "sent
COUNT" and stays until its standard input closes; "create-and-hold" creates the service, prints
"ready" and stays until its standard input closes."""
import ctypes
import sys
import time

import iceoryx2 as iox

role, service, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
iox.set_log_level_from_env_or(iox.LogLevel.Error)


def length(i):
    return i * 7 + 1


def content(i):
    return bytes((i + j) % 251 for j in range(length(i)))


def say(line):
    print(line, flush=True)


node = iox.NodeBuilder.new().name(iox.NodeName.new("python-slice-peer")).create(iox.ServiceType.Ipc)
builder = node.service_builder(iox.ServiceName.new(service)).publish_subscribe(iox.Slice[ctypes.c_uint8])

if role == "create-and-hold":
    data = builder.create()
    say("ready")
    sys.stdin.read()
    sys.exit(0)

data = builder.open()
if role == "publish":
    publisher = data.publisher_builder().initial_max_slice_len(length(count - 1)).create()
    for i in range(count):
        sample = publisher.loan_slice_uninit(length(i))
        ctypes.memmove(sample.payload_ptr, content(i), length(i))
        sample.assume_init().send()
    say(f"sent {count}")
    sys.stdin.read()
    sys.exit(0)

subscriber = data.subscriber_builder().create()
say("ready")
problems = []
received = 0
deadline = time.monotonic() + 60
while received < count and time.monotonic() < deadline:
    sample = subscriber.receive()
    if sample is None:
        time.sleep(0.001)
        continue
    payload = sample.payload()
    got = bytes(payload.as_memory_view())
    if payload.len() != length(received):
        problems.append(f"message {received} has {payload.len()} elements, expected {length(received)}")
    elif got != content(received):
        problems.append(f"message {received} has other bytes than expected")
    received += 1
    del sample
if received < count:
    problems.append(f"timed out with {received} of {count} messages")
for problem in problems:
    say(problem)
if problems:
    sys.exit(1)
say(f"ok {count}")

"""One side of a ping-pong run over iceoryx2 with its Python wheel (benchmarks/README.md,
"Protocol"); the same arguments, services and RESULT line as the Rust and Java sides:

    python pingpong.py --role pong|ping --kind latency|throughput --wait busy|event \
        --mode touch|full --size 64 --warmup 10000 --iterations 10000 --channel NAME

Messages are `Slice[c_uint8]` samples written and read in place through their addresses:
touch mode the first 8 bytes (the sequence number, little-endian), full mode every 8-byte word
(whole-buffer copies and comparisons, which run in C). Percentiles come from the sorted
samples, exactly; there is no HdrHistogram in the venv.
"""
import ctypes
import struct
import sys
import time
from array import array

import iceoryx2 as iox

BUFFER = 16  # the same settings as the Rust and Java sides, so either side may create a service
HANDSHAKE = 100  # round trips before a throughput stream


def options(argv):
    values = dict(zip(argv[0::2], argv[1::2]))
    get = lambda key, default=None: values.get("--" + key, default)
    size = int(get("size", "8"))
    if size < 8 or size % 8:
        sys.exit("--size must be a multiple of 8")
    return {
        "ping": get("role") == "ping", "throughput": get("kind", "latency") == "throughput",
        "event": get("wait", "busy") == "event", "full": get("mode", "touch") == "full", "size": size,
        "warmup": int(get("warmup", "10000")), "iterations": int(get("iterations", "10000")),
        "channel": get("channel") or sys.exit("--channel is required"),
    }


class Link:
    def __init__(self, node, o):
        out, inbound = ("ping", "pong") if o["ping"] else ("pong", "ping")
        self.size, self.full = o["size"], o["full"]

        def service(direction):
            name = iox.ServiceName.new(f"iox-bench/{o['channel']}/{direction}")
            return node.service_builder(name).publish_subscribe(iox.Slice[ctypes.c_uint8]) \
                .max_publishers(1).max_subscribers(1).history_size(0) \
                .subscriber_max_buffer_size(BUFFER).enable_safe_overflow(False).open_or_create()

        self.publisher = service(out).publisher_builder().initial_max_slice_len(self.size) \
            .backpressure_strategy(iox.BackpressureStrategy.RetryUntilDelivered).create()
        self.subscriber = service(inbound).subscriber_builder().create()
        self.notifier = self.listener = None
        if o["event"]:
            def events(direction):
                name = iox.ServiceName.new(f"iox-bench/{o['channel']}/{direction}-event")
                return node.service_builder(name).event().open_or_create()
            self.notifier = events(out).notifier_builder().create()
            self.listener = events(inbound).listener_builder().create()

    def send(self, sequence):
        sample = self.publisher.loan_slice_uninit(self.size)
        address = sample.payload_ptr
        word = struct.pack("<Q", sequence)
        if self.full:
            ctypes.memmove(address, word * (self.size // 8), self.size)
        else:
            ctypes.memmove(address, word, 8)
        sample.assume_init().send()
        if self.notifier is not None:
            self.notifier.notify()

    def receive(self):
        while True:
            sample = self.subscriber.receive()
            if sample is not None:
                address = sample.payload_ptr
                sequence = ctypes.c_uint64.from_address(address).value
                if self.full and ctypes.string_at(address, self.size) != struct.pack("<Q", sequence) * (self.size // 8):
                    sys.exit(f"message {sequence} arrived with wrong bytes")
                sample.delete()
                return sequence
            if self.listener is not None:
                self.listener.blocking_wait()


def ping(link, o):
    samples = array("q")
    clock = time.perf_counter_ns
    for sequence in range(o["warmup"] + o["iterations"]):
        start = clock()
        link.send(sequence)
        echoed = link.receive()
        elapsed = clock() - start
        if echoed != sequence:
            sys.exit(f"sent {sequence}, got back {echoed}")
        if sequence >= o["warmup"]:
            samples.append(elapsed // 2)
    ordered = sorted(samples)
    at = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]
    return (f"RESULT kind=latency count={len(ordered)} mean_ns={sum(ordered) / len(ordered):.1f} "
            f"p50_ns={at(0.5)} p99_ns={at(0.99)} p999_ns={at(0.999)} max_ns={ordered[-1]}")


def pong(link, o):
    for expected in range(o["warmup"] + o["iterations"]):
        sequence = link.receive()
        if sequence != expected:
            sys.exit(f"expected message {expected}, got {sequence}")
        link.send(sequence)


def handshake(link, o):
    """Round trips before a throughput stream, so both directions are connected and in use
    before the sender may fill the receiver's buffer (without them the wheel was seen to
    drop messages of a stream's first buffer overflow)."""
    for sequence in range(HANDSHAKE):
        if o["ping"]:
            link.send(sequence)
            if link.receive() != sequence:
                sys.exit("the handshake went wrong")
        else:
            if link.receive() != sequence:
                sys.exit("the handshake went wrong")
            link.send(sequence)


def send(link, o):
    handshake(link, o)
    for sequence in range(o["warmup"] + o["iterations"]):
        link.send(sequence)
    link.receive()  # the receiver's word that it has them all


def count(link, o):
    handshake(link, o)
    start = time.perf_counter_ns()
    for expected in range(o["warmup"] + o["iterations"]):
        sequence = link.receive()
        if sequence != expected:
            sys.exit(f"expected message {expected}, got {sequence}")
        if sequence == o["warmup"]:
            start = time.perf_counter_ns()
    elapsed = (time.perf_counter_ns() - start) / 1e9
    link.send(0)
    return f"RESULT kind=throughput count={o['iterations']} msgs_per_s={(o['iterations'] - 1) / elapsed:.0f}"


def main():
    o = options(sys.argv[1:])
    iox.set_log_level_from_env_or(iox.LogLevel.Error)
    node = iox.NodeBuilder.new().create(iox.ServiceType.Ipc)
    link = Link(node, o)
    if not o["ping"]:
        print("READY", flush=True)
    run = {(False, True): ping, (False, False): pong, (True, True): send, (True, False): count}
    result = run[(o["throughput"], o["ping"])](link, o)
    if result:
        print(result, flush=True)


if __name__ == "__main__":
    main()

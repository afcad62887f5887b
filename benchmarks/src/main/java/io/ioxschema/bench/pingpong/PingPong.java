package io.ioxschema.bench.pingpong;

import org.HdrHistogram.Histogram;

/**
 * One side of a run, as its own OS process (the matrix runner pins it to a core):
 *
 * <pre>
 * java -cp benchmarks.jar io.ioxschema.bench.pingpong.PingPong --role pong|ping --transport uds|aeron \
 *      --kind latency|throughput --wait busy|event --mode touch|full --size 64 \
 *      --warmup 10000 --iterations 10000 --channel NAME
 * </pre>
 *
 * Pong opens its side, prints {@code READY} and serves; ping then opens its side and
 * measures. The side that measures prints one {@link ResultLine}. Latency is one way: the
 * round trip halved, each round trip recorded in an HdrHistogram.
 */
public final class PingPong {

    private PingPong() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Transport transport = Transports.named(options.transport()).orElseThrow(
                () -> new IllegalArgumentException("no Java transport " + options.transport() + " (yet)"));
        if (!transport.waitings().contains(options.waiting())) {
            throw new IllegalArgumentException(options.transport() + " cannot wait " + options.waiting());
        }
        try (Link link = transport.open(options)) {
            if (options.role() == Options.Role.PONG) {
                System.out.println("READY");
                System.out.flush();
            }
            String result = switch (options.kind()) {
                case LATENCY -> options.role() == Options.Role.PING ? ping(link, options) : pong(link, options);
                case THROUGHPUT -> options.role() == Options.Role.PING ? send(link, options) : count(link, options);
            };
            if (result != null) {
                System.out.println(result);
            }
        }
    }

    private static String ping(Link link, Options o) {
        Histogram oneWay = new Histogram(3_600_000_000_000L, 3);
        Link.Reader reader = reader(o);
        for (long sequence = 0; sequence < o.messages(); sequence++) {
            long nanos = roundTrip(link, reader, o.size(), o.mode(), sequence);
            if (sequence >= o.warmup()) {
                oneWay.recordValue(nanos / 2);
            }
        }
        return ResultLine.latency(o, oneWay);
    }

    /**
     * One measured round trip, in nanoseconds. The per-message work of every loop is a method
     * of its own: the JIT compiles a method after some thousand calls, inlining the transport,
     * while a loop that ran in one method would wait for on-stack replacement, which comes
     * after tens of thousands of iterations, later than a short run's warm-up ends.
     */
    private static long roundTrip(Link link, Link.Reader reader, int size, Options.Mode mode, long sequence) {
        long start = System.nanoTime();
        Payload.write(link.claim(size), size, mode, sequence);
        link.send(size);
        long echoed = link.receive(reader);
        long end = System.nanoTime();
        if (echoed != sequence) {
            throw new IllegalStateException("sent " + sequence + ", got back " + echoed);
        }
        return end - start;
    }

    private static String pong(Link link, Options o) {
        Link.Reader reader = reader(o);
        for (long expected = 0; expected < o.messages(); expected++) {
            echo(link, reader, o.size(), o.mode(), expected);
        }
        return null;
    }

    private static void echo(Link link, Link.Reader reader, int size, Options.Mode mode, long expected) {
        long sequence = link.receive(reader);
        if (sequence != expected) {
            throw new IllegalStateException("expected message " + expected + ", got " + sequence);
        }
        Payload.write(link.claim(size), size, mode, sequence);
        link.send(size);
    }

    private static void sendOne(Link link, int size, Options.Mode mode, long sequence) {
        Payload.write(link.claim(size), size, mode, sequence);
        link.send(size);
    }

    private static void receiveOne(Link link, Link.Reader reader, long expected) {
        long sequence = link.receive(reader);
        if (sequence != expected) {
            throw new IllegalStateException("expected message " + expected + ", got " + sequence);
        }
    }

    /** Reads a message's sequence number (and in full mode every word); made once, outside the loops. */
    private static Link.Reader reader(Options o) {
        int size = o.size();
        Options.Mode mode = o.mode();
        return address -> Payload.read(address, size, mode);
    }

    /** Round trips before a throughput stream, so both directions are connected and in use. */
    private static final int HANDSHAKE = 100;

    private static void handshake(Link link, Options o) {
        Link.Reader reader = reader(o);
        for (long sequence = 0; sequence < HANDSHAKE; sequence++) {
            if (o.role() == Options.Role.PING) {
                Payload.write(link.claim(o.size()), o.size(), o.mode(), sequence);
                link.send(o.size());
            }
            if (link.receive(reader) != sequence) {
                throw new IllegalStateException("the handshake went wrong");
            }
            if (o.role() == Options.Role.PONG) {
                Payload.write(link.claim(o.size()), o.size(), o.mode(), sequence);
                link.send(o.size());
            }
        }
    }

    /** Throughput, sending side: as fast as the transport takes them; the receiver measures. */
    private static String send(Link link, Options o) {
        handshake(link, o);
        int size = o.size();
        for (long sequence = 0; sequence < o.messages(); sequence++) {
            sendOne(link, size, o.mode(), sequence);
        }
        // Wait for the receiver's word that it has all of them, so no message is lost on close.
        link.receive(reader(o));
        return null;
    }

    /** Throughput, receiving side: messages per second over the measured ones, first to last. */
    private static String count(Link link, Options o) {
        handshake(link, o);
        int size = o.size();
        Link.Reader reader = reader(o);
        long start = 0;
        for (long expected = 0; expected < o.messages(); expected++) {
            receiveOne(link, reader, expected);
            if (expected == o.warmup()) {
                start = System.nanoTime();
            }
        }
        long elapsed = System.nanoTime() - start;
        Payload.write(link.claim(size), size, o.mode(), 0);
        link.send(size);
        return ResultLine.throughput(o, (o.iterations() - 1) * 1e9 / elapsed);
    }
}

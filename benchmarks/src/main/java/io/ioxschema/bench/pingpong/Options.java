package io.ioxschema.bench.pingpong;

import java.util.HashMap;
import java.util.Map;

/**
 * One run of one side, from {@code --key value} arguments. Every language's harness takes the
 * same arguments (benchmarks/README.md, "Protocol"), so the matrix runner starts them alike.
 *
 * @param role       {@code ping} (measures) or {@code pong} (echoes); for throughput, ping sends and pong counts
 * @param transport  a name in {@link Transports}
 * @param kind       {@code latency} (round trips) or {@code throughput} (one direction)
 * @param waiting    how a receiver waits
 * @param mode       how much of each message is written and read
 * @param size       bytes per message, at least 8
 * @param warmup     round trips (or messages) not measured
 * @param iterations round trips (or messages) measured
 * @param channel    names this run's sockets, services or streams, so runs never meet
 */
public record Options(Role role, String transport, Kind kind, Waiting waiting, Mode mode, int size, int warmup,
                      int iterations, String channel) {

    public enum Role { PING, PONG }

    public enum Kind { LATENCY, THROUGHPUT }

    /** Busy: spin on the receive call. Event: block in the kernel until the peer signals. */
    public enum Waiting { BUSY, EVENT }

    /** Touch: write and read the first 8 bytes (the sequence number). Full: every 8-byte word. */
    public enum Mode { TOUCH, FULL }

    public Options {
        if (size < 8 || size % 8 != 0) {
            throw new IllegalArgumentException("--size must be a multiple of 8 (words of the sequence number)");
        }
    }

    /** Every message carries its sequence number: the round trips are the warm-up, then the measured ones. */
    public int messages() {
        return warmup + iterations;
    }

    public static Options parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --key value, got " + args[i]);
            }
            values.put(args[i].substring(2), args[i + 1]);
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("an option lacks its value: " + args[args.length - 1]);
        }
        return new Options(
                Role.valueOf(required(values, "role").toUpperCase()),
                required(values, "transport"),
                Kind.valueOf(values.getOrDefault("kind", "latency").toUpperCase()),
                Waiting.valueOf(values.getOrDefault("wait", "busy").toUpperCase()),
                Mode.valueOf(values.getOrDefault("mode", "touch").toUpperCase()),
                Integer.parseInt(values.getOrDefault("size", "8")),
                Integer.parseInt(values.getOrDefault("warmup", "10000")),
                Integer.parseInt(values.getOrDefault("iterations", "10000")),
                required(values, "channel"));
    }

    private static String required(Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("--" + key + " is required");
        }
        return value;
    }
}

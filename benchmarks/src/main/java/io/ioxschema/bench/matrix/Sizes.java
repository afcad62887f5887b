package io.ioxschema.bench.matrix;

import java.util.List;

/** The payload sizes of the matrix and how they are written. */
public final class Sizes {

    public static final List<Integer> LATENCY = List.of(8, 64, 1024, 64 * 1024, 1024 * 1024);
    public static final List<Integer> THROUGHPUT = List.of(8, 64);

    private Sizes() {
    }

    public static String label(int size) {
        if (size >= 1024 * 1024) {
            return size / (1024 * 1024) + " MiB";
        }
        return size >= 1024 ? size / 1024 + " KiB" : size + " B";
    }

    /**
     * Measured round trips (as many again warm up): enough for a stable p99.9 at small sizes,
     * fewer at large ones, where one round trip costs up to a millisecond.
     */
    public static int latencyIterations(int size) {
        if (size <= 1024) {
            return 20_000;
        }
        return size <= 64 * 1024 ? 5_000 : 1_000;
    }
}

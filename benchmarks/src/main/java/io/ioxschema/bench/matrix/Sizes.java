package io.ioxschema.bench.matrix;

import io.ioxschema.bench.pingpong.Options.Mode;
import io.ioxschema.bench.pingpong.Options.Waiting;
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
     * Measured round trips: enough for a stable p99.9 at small sizes, fewer at large ones, where
     * one round trip costs up to a millisecond.
     */
    public static int latencyIterations(int size) {
        if (size <= 1024) {
            return 20_000;
        }
        return size <= 64 * 1024 ? 5_000 : 1_000;
    }

    /**
     * Round trips before the measured ones. Where a round trip takes a microsecond or less (busy
     * waiting: small messages, and any size in touch mode over zero-copy iceoryx2), a JVM side
     * needs far more of them than are measured before the JIT has compiled its message loop:
     * measured on this machine, Java over iceoryx2 after 20 000 was still 1.1-1.4× its steady
     * state at 8 B, 1.5-2× at 1 MiB, and at it after 100 000. The JIT's compiler threads share
     * the side's pinned core, so it is time as much as count. Slower round trips (event waiting,
     * large messages copied) warm up for fewer.
     *
     * @param zeroCopy whether the transport hands over memory rather than copying it (iceoryx2)
     */
    public static int latencyWarmup(int size, Waiting waiting, Mode mode, boolean zeroCopy) {
        if (waiting == Waiting.EVENT) {
            return latencyIterations(size);
        }
        boolean cheap = size <= 1024 || (mode == Mode.TOUCH && (zeroCopy || size <= 64 * 1024));
        if (cheap) {
            return 100_000;
        }
        return mode == Mode.TOUCH || size <= 64 * 1024 ? 20_000 : latencyIterations(size);
    }
}

package io.ioxschema.bench.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.ioxschema.bench.pingpong.Options.Kind;
import io.ioxschema.bench.pingpong.Options.Mode;
import io.ioxschema.bench.pingpong.Options.Waiting;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which runs are repeated, and which of two attempts the report keeps. */
class MatrixTest {

    private static final Pair PAIR = new Pair("rust-rust", "Rust ↔ Rust", "iceoryx2", Side.ready("Test", List.of("true")),
            Side.ready("Test", List.of("true")), EnumSet.allOf(Waiting.class));

    private static Run run(Kind kind, Waiting waiting) {
        return new Run(PAIR, kind, waiting, Mode.TOUCH, 8, 1, 1);
    }

    private static Result p50(double nanos) {
        return new Result(run(Kind.LATENCY, Waiting.BUSY), Map.of("p50_ns", nanos), Optional.empty());
    }

    @Test
    void onlyBusyLatencyRunsAreMadeTwice() {
        assertEquals(2, Matrix.attempts(run(Kind.LATENCY, Waiting.BUSY)));
        assertEquals(1, Matrix.attempts(run(Kind.LATENCY, Waiting.EVENT)));
        assertEquals(1, Matrix.attempts(run(Kind.THROUGHPUT, Waiting.BUSY)));
    }

    @Test
    void theAttemptWithTheLowerMedianIsKeptAndAFailureIsNotHidden() {
        Result fast = p50(270);
        Result slow = p50(820);
        assertSame(fast, Matrix.better(slow, fast));
        assertSame(fast, Matrix.better(fast, slow));
        Result failed = Result.failed(run(Kind.LATENCY, Waiting.BUSY), "timed out");
        assertSame(failed, Matrix.better(fast, failed));
        assertSame(failed, Matrix.better(failed, fast));
    }

    @Test
    void busyRunsOfCheapRoundTripsWarmUpLongEnoughForTheJit() {
        assertEquals(100_000, Sizes.latencyWarmup(8, Waiting.BUSY, Mode.FULL, false));
        assertEquals(100_000, Sizes.latencyWarmup(1024 * 1024, Waiting.BUSY, Mode.TOUCH, true));
        assertEquals(20_000, Sizes.latencyWarmup(1024 * 1024, Waiting.BUSY, Mode.TOUCH, false));
        assertEquals(20_000, Sizes.latencyWarmup(64 * 1024, Waiting.BUSY, Mode.FULL, true));
        assertEquals(1_000, Sizes.latencyWarmup(1024 * 1024, Waiting.BUSY, Mode.FULL, true));
        assertEquals(20_000, Sizes.latencyWarmup(8, Waiting.EVENT, Mode.TOUCH, true));
    }
}

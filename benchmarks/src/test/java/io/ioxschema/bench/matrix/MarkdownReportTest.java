package io.ioxschema.bench.matrix;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ioxschema.bench.pingpong.Options.Kind;
import io.ioxschema.bench.pingpong.Options.Mode;
import io.ioxschema.bench.pingpong.Options.Waiting;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The report's arithmetic on made-up results, including the Java pairs the runtime will add:
 * the targets compare the right pairs and sizes, and say whether each is met.
 */
class MarkdownReportTest {

    private static final Side READY = Side.ready("Test", List.of("true"));

    private static Pair pair(String key, String label) {
        return new Pair(key, label, "test", READY, READY, EnumSet.allOf(Waiting.class));
    }

    private static Result latency(Pair pair, int size, double p50, double mean) {
        Run run = new Run(pair, Kind.LATENCY, Waiting.BUSY, Mode.TOUCH, size, 1, 1);
        return new Result(run, Map.of("p50_ns", p50, "mean_ns", mean, "count", 1.0), Optional.empty());
    }

    @Test
    void targetsAreRatiosOfTheRightPairsAndSizes() {
        Pair rust = pair("rust-rust", "Rust ↔ Rust (iceoryx2)");
        Pair java = pair("java-java", "Java ↔ Java (iceoryx2, our runtime)");
        Pair aeron = pair("aeron-java", "Aeron IPC Java ↔ Java");
        Pair uds = pair("uds-java", "Unix socket Java ↔ Java");
        List<Result> results = new ArrayList<>();
        for (int size : Sizes.LATENCY) {
            results.add(latency(rust, size, 250, 300));
            results.add(latency(java, size, size == 8 ? 300 : 350, 330));
            results.add(latency(aeron, size, size >= 64 * 1024 ? 5000 : 400, 400));
            results.add(latency(uds, size, 3000, 3000));
        }
        String md = new MarkdownReport(Machine.describe("0.10.0"), "0 0 0", true, List.of(rust, java, aeron, uds),
                Map.of(), results, Sizes.LATENCY).render();

        assertTrue(md.contains("| Java ↔ Java (iceoryx2, our runtime) ≤ 1.25× Rust ↔ Rust, 8 B touch | 1.20× | 1.10× | yes, yes |"), md);
        assertTrue(md.contains("| Java ↔ Java (iceoryx2, our runtime) ≤ 1.25× Rust ↔ Rust, 64 B touch | 1.40× | 1.10× | **no**, yes |"), md);
        assertTrue(md.contains("| Java ↔ Java (iceoryx2, our runtime): touch curve flat, 1 MiB ≤ 1.1× 8 B | 1.17× | 1.00× | **no**, yes |"), md);
        assertTrue(md.contains("| Java ↔ Java (iceoryx2, our runtime) ≤ Aeron IPC, 8 B touch | 0.75× | 0.83× | yes, yes |"), md);
        assertTrue(md.contains("| Aeron IPC ≥ 5× Rust ↔ Rust (iceoryx2), 64 KiB touch | 20.00× | 1.33× | yes, **no** |"), md);
        assertTrue(md.contains("| Unix socket (Java) ≥ 10× Rust ↔ Rust (iceoryx2), 64 B touch | 12.00× | 10.00× | yes, yes |"), md);
        assertTrue(!md.contains("| Java ↔ Rust"), "a target of a pair not in the run is left out\n" + md);
    }
}

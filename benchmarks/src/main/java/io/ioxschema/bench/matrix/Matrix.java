package io.ioxschema.bench.matrix;

import io.ioxschema.bench.pingpong.Options.Kind;
import io.ioxschema.bench.pingpong.Options.Mode;
import io.ioxschema.bench.pingpong.Options.Waiting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the whole ping-pong matrix in one invocation (so every ratio compares runs of the
 * same machine state) and writes {@code latest.md}, {@code latency.svg} and {@code latest.tsv}
 * into the results folder. benchmarks/run-matrix builds the programs and calls this:
 *
 * <pre>
 * Matrix --out DIR --rust BIN --python PY --python-script FILE --c BIN --iceoryx2 VERSION
 *        [--pairs key,key] [--sizes 8,64] [--scale 0.1] [--limit-seconds 300] [--java-options "..."]
 * </pre>
 *
 * {@code --scale} multiplies every message count (a smoke run uses a small one);
 * {@code --java-options} go to every Java side's JVM (benchmarks/run-epsilon uses Epsilon GC,
 * which never collects, so a run completes only if its loop allocates next to nothing).
 */
public final class Matrix {

    private Matrix() {
    }

    public static void main(String[] args) throws IOException {
        int status = run(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the matrix; 0 when every run that could start gave a result, 1 when one failed. */
    public static int run(String[] args) throws IOException {
        Map<String, String> options = options(args);
        Toolchains toolchains = new Toolchains(Path.of(options.getOrDefault("rust", "/nonexistent")),
                Path.of(options.getOrDefault("python", "/nonexistent")),
                Path.of(options.getOrDefault("python-script", "/nonexistent")),
                Path.of(options.getOrDefault("c", "/nonexistent")),
                options.containsKey("java-options") ? List.of(options.get("java-options").trim().split("\\s+")) : List.of());
        Set<String> only = options.containsKey("pairs") ? Set.of(options.get("pairs").split(",")) : null;
        List<Integer> sizes = options.containsKey("sizes")
                ? Arrays.stream(options.get("sizes").split(",")).map(Integer::valueOf).toList() : Sizes.LATENCY;
        double scale = Double.parseDouble(options.getOrDefault("scale", "1"));
        Path out = Path.of(options.getOrDefault("out", "results"));
        Machine machine = Machine.describe(options.getOrDefault("iceoryx2", "unknown"));
        Runner runner = new Runner(Long.parseLong(options.getOrDefault("limit-seconds", "300")));

        List<Pair> pairs = Pairs.all(toolchains).stream().filter(p -> only == null || only.contains(p.key())).toList();
        Map<Pair, String> unavailable = new LinkedHashMap<>();
        List<Run> planned = new ArrayList<>();
        for (Pair pair : pairs) {
            if (pair.missing().isPresent()) {
                unavailable.put(pair, pair.missing().get());
                System.err.println("matrix: " + pair.key() + ": not available: " + pair.missing().get());
                continue;
            }
            planned.addAll(runs(pair, sizes, scale));
        }
        Map<Run, Result> byRun = new LinkedHashMap<>();
        for (Run run : planned) {
            byRun.put(run, announced(run, runner.run(run), ""));
        }
        // Second attempts after all first ones: minutes apart, so a slow spell of the machine
        // rarely spoils both attempts of a run.
        for (Run run : planned) {
            if (attempts(run) > 1) {
                byRun.put(run, better(byRun.get(run), announced(run, runner.run(run), " (second attempt)")));
            }
        }
        List<Result> results = new ArrayList<>(byRun.values());
        Files.createDirectories(out);
        String loadAfter = Machine.loadAverage();
        Files.writeString(out.resolve("latest.md"),
                new MarkdownReport(machine, loadAfter, runner.pinned(), pairs, unavailable, results, sizes).render());
        Files.writeString(out.resolve("latency.svg"), new SvgChart(pairs, results, sizes).render());
        Files.writeString(out.resolve("latest.tsv"), Tsv.render(results));
        System.err.println("matrix: wrote " + out.resolve("latest.md") + ", latency.svg, latest.tsv");
        long failed = results.stream().filter(r -> !r.ok()).count();
        if (failed > 0) {
            System.err.println("matrix: " + failed + " run(s) failed; see the report");
            return 1;
        }
        return 0;
    }

    private static Result announced(Run run, Result result, String attempt) {
        System.err.println("matrix: " + run.describe() + attempt + ": " + result.error().orElseGet(() -> summary(result)));
        return result;
    }

    /**
     * How often a run is made. Busy latency runs twice, the second time after every first
     * attempt, and the report keeps the attempt with the lower p50: on the shared 2-core
     * machine, spells of a minute or two now and then slow every run about 3× (Rust ↔ Rust as
     * much as any pair: 0.27 -> 0.81 us at 8 B). Event waiting and throughput are not repeated:
     * their spread is their own.
     */
    static int attempts(Run run) {
        return run.kind() == Kind.LATENCY && run.waiting() == Waiting.BUSY ? 2 : 1;
    }

    /** The attempt with the lower p50; a failed attempt is reported as the failure it is. */
    static Result better(Result first, Result second) {
        if (!first.ok()) {
            return first;
        }
        if (!second.ok()) {
            return second;
        }
        return second.value("p50_ns") < first.value("p50_ns") ? second : first;
    }

    static List<Run> runs(Pair pair, List<Integer> sizes, double scale) {
        List<Run> runs = new ArrayList<>();
        for (Waiting waiting : Waiting.values()) {
            if (!pair.waitings().contains(waiting)) {
                continue;
            }
            for (Mode mode : Mode.values()) {
                for (int size : sizes) {
                    runs.add(new Run(pair, Kind.LATENCY, waiting, mode, size,
                            scaled(Sizes.latencyWarmup(size, waiting, mode, pair.zeroCopy()), scale),
                            scaled(Sizes.latencyIterations(size), scale)));
                }
            }
        }
        for (int size : Sizes.THROUGHPUT) {
            if (sizes.contains(size)) {
                runs.add(new Run(pair, Kind.THROUGHPUT, Waiting.BUSY, Mode.TOUCH, size, scaled(100_000, scale),
                        scaled(1_000_000, scale)));
            }
        }
        return runs;
    }

    private static int scaled(int count, double scale) {
        return Math.max(100, (int) Math.round(count * scale));
    }

    private static String summary(Result r) {
        return r.run().kind() == Kind.LATENCY
                ? String.format(java.util.Locale.ROOT, "p50 %.2f us, p99 %.2f us", r.value("p50_ns") / 1000,
                        r.value("p99_ns") / 1000)
                : String.format(java.util.Locale.ROOT, "%.0f msgs/s", r.value("msgs_per_s"));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    /** Results in the matrix's order, for lookups by pair, kind, waiting, mode and size. */
    static Map<String, Result> index(List<Result> results) {
        return results.stream().filter(Result::ok).collect(Collectors.toMap(r -> key(r.run().pair(), r.run().kind(),
                r.run().waiting(), r.run().mode(), r.run().size()), r -> r, (a, b) -> b, LinkedHashMap::new));
    }

    static String key(Pair pair, Kind kind, Waiting waiting, Mode mode, int size) {
        return pair.key() + "/" + kind + "/" + waiting + "/" + mode + "/" + size;
    }
}

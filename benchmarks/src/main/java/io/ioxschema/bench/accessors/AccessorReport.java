package io.ioxschema.bench.accessors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoublePredicate;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the accessor benchmarks with JMH's GC profiler and writes {@code accessors.md}: every
 * style's time per operation, its ratio to the hand-written FFM code of the same run, its
 * allocation per operation, and the targets. benchmarks/run-jmh calls it:
 *
 * <pre>
 * AccessorReport --out DIR [--forks 3] [--iterations 5] [--seconds 1] [--include REGEX] [--name accessors.md]
 * </pre>
 *
 * {@code --name} names the file, e.g. for a run of only the {@link Downcall} benchmarks.
 */
public final class AccessorReport {

    /** Longest first, so "GeneratedStatic" is not read as "Generated". */
    private static final List<String> STYLES = List.of("GeneratedElementwise", "GeneratedStatic", "Generated", "HandFfm",
            "ByteBuffer", "Sbe", "Plain", "Critical", "Api", "Java");

    private AccessorReport() {
    }

    public static void main(String[] args) throws IOException, RunnerException {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int forks = Integer.parseInt(options.getOrDefault("forks", "3"));
        int iterations = Integer.parseInt(options.getOrDefault("iterations", "5"));
        TimeValue time = TimeValue.milliseconds((long) (1000 * Double.parseDouble(options.getOrDefault("seconds", "1"))));
        ChainedOptionsBuilder jmh = new OptionsBuilder()
                .include(options.getOrDefault("include", AccessorReport.class.getPackageName() + "\\..*"))
                .addProfiler(GCProfiler.class).forks(forks).warmupIterations(iterations).warmupTime(time)
                .measurementIterations(iterations).measurementTime(time);
        Collection<RunResult> results = new Runner(jmh.build()).run();
        Path out = Path.of(options.getOrDefault("out", "results"));
        Files.createDirectories(out);
        Path file = out.resolve(options.getOrDefault("name", "accessors.md"));
        Files.writeString(file, render(results, forks, iterations, options.getOrDefault("seconds", "1")));
        System.err.println("run-jmh: wrote " + file);
    }

    /** One benchmark's numbers: {@code SingleField.get} in style {@code Generated}. */
    private record Row(String operation, String style, double score, double error, double allocated) {
    }

    static String render(Collection<RunResult> results, int forks, int iterations, String seconds) {
        Map<String, Map<String, Row>> byOperation = new LinkedHashMap<>();
        for (RunResult run : results) {
            String benchmark = run.getParams().getBenchmark();
            String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
            String style = STYLES.stream().filter(name::endsWith).findFirst().orElse("");
            String operation = name.substring(0, name.length() - style.length());
            Result<?> primary = run.getPrimaryResult();
            Result<?> alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
            byOperation.computeIfAbsent(operation, k -> new LinkedHashMap<>()).put(style, new Row(operation, style,
                    primary.getScore(), primary.getScoreError(), alloc == null ? Double.NaN : alloc.getScore()));
        }
        StringBuilder md = new StringBuilder("# Accessor benchmarks (JMH)\n\n");
        md.append("Measured ").append(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")))
                .append(" by `benchmarks/run-jmh` on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, ").append(System.getProperty("java.vm.vendor")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(": ").append(forks).append(" forks × ")
                .append(iterations).append(" iterations of ").append(seconds).append(" s after as many warm-up ones, ")
                .append("`-prof gc`. The machine is shared with other builds, so compare the ratios (every style ")
                .append("of an operation ran in the same invocation), not the nanoseconds.\n\n")
                .append("`SensorData` of samples/sensor/sensor.iox (56 bytes): Generated is the view iox-schema ")
                .append("generates, GeneratedStatic its static accessors, HandFfm hand-written `MemorySegment` code ")
                .append("at constant offsets (the baseline of the ratios), ByteBuffer a direct little-endian buffer, ")
                .append("Sbe an SBE 1.38 flyweight of the same shape over an Agrona `UnsafeBuffer` (bounds checks on). ")
                .append("Loop rows are per struct, over 1024 consecutive structs.\n\n")
                .append("Downcall rows: libc's `labs` through FFM (Plain, Critical: `Linker.Option.critical`) against ")
                .append("the same in Java; then the runtime's per-message native functions on a real publisher and ")
                .append("subscriber of 8-byte `u8` slices in this process, linked plain and critical: `publish` loan + ")
                .append("send (no subscriber), `roundTrip` loan + send + receive + release, `roundTripFused` a send that ")
                .append("loans the next sample ahead + a receive that releases the one before (Api: the same through ")
                .append("the public API), `receiveEmpty` a poll that finds nothing.\n\n");
        md.append("| operation | style | ns/op | ± | × HandFfm | B/op |\n|---|---|---:|---:|---:|---:|\n");
        byOperation.forEach((operation, rows) -> {
            Row base = rows.getOrDefault("HandFfm", rows.get("Java"));
            rows.values().forEach(r -> md.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %s | %s |\n",
                    operation, r.style(), r.score(), r.error(),
                    base == null ? "–" : String.format(Locale.ROOT, "%.2f", r.score() / base.score()),
                    Double.isNaN(r.allocated()) ? "–" : String.format(Locale.ROOT, "%.0f", r.allocated()))));
        });
        StringBuilder targets = new StringBuilder();
        target(targets, byOperation, "SingleField.get", "Generated", "HandFfm", "≤ 1.5× hand-written FFM", r -> r <= 1.5);
        target(targets, byOperation, "SingleField.set", "Generated", "HandFfm", "≤ 1.5× hand-written FFM", r -> r <= 1.5);
        for (String style : List.of("Generated", "GeneratedStatic")) {
            target(targets, byOperation, "Loop.sum", style, "HandFfm", "≤ 1.1× hand-written FFM in a loop", r -> r <= 1.1);
            target(targets, byOperation, "Loop.set", style, "HandFfm", "≤ 1.1× hand-written FFM in a loop", r -> r <= 1.1);
        }
        target(targets, byOperation, "WholeStruct.fill", "Generated", "Sbe", "≤ SBE", r -> r <= 1.0);
        target(targets, byOperation, "WholeStruct.read", "Generated", "Sbe", "≤ SBE", r -> r <= 1.0);
        double maxAlloc = byOperation.values().stream().flatMap(m -> m.values().stream())
                .filter(r -> r.style().startsWith("Generated")).mapToDouble(Row::allocated).max().orElse(Double.NaN);
        if (!Double.isNaN(maxAlloc)) {
            targets.append(String.format(Locale.ROOT,
                    "| generated accessors allocate nothing (gc.alloc.rate.norm) | at most %.4f B/op | %s |\n",
                    maxAlloc, maxAlloc < 0.5 ? "yes" : "**no**"));
        }
        if (!targets.isEmpty()) {
            md.append("\n## Targets\n\n| target | measured | met |\n|---|---|---|\n").append(targets);
        }
        return md.toString();
    }

    private static void target(StringBuilder md, Map<String, Map<String, Row>> rows, String operation, String style,
                               String baseline, String what, DoublePredicate met) {
        Map<String, Row> styles = rows.get(operation);
        Row row = styles == null ? null : styles.get(style);
        Row base = styles == null ? null : styles.get(baseline);
        if (row == null || base == null) {
            return;
        }
        double ratio = row.score() / base.score();
        md.append(String.format(Locale.ROOT, "| %s %s %s | %.2f× %s | %s |\n", operation, style, what, ratio, baseline,
                met.test(ratio) ? "yes" : "**no**"));
    }
}

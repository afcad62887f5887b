package io.ioxschema.bench.matrix;

import io.ioxschema.bench.pingpong.Options.Kind;
import io.ioxschema.bench.pingpong.Options.Mode;
import io.ioxschema.bench.pingpong.Options.Waiting;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Markdown report: the machine, a summary table of median one-way latency per pair and
 * size, the targets as ratios between pairs of this same run, throughput, and the full
 * statistics (mean, p50, p99, p99.9) of every run.
 */
final class MarkdownReport {

    private final Machine machine;
    private final String loadAfter;
    private final boolean pinned;
    private final List<Pair> pairs;
    private final Map<Pair, String> unavailable;
    private final List<Result> results;
    private final Map<String, Result> index;
    private final List<Integer> sizes;

    MarkdownReport(Machine machine, String loadAfter, boolean pinned, List<Pair> pairs, Map<Pair, String> unavailable,
                   List<Result> results, List<Integer> sizes) {
        this.machine = machine;
        this.loadAfter = loadAfter;
        this.pinned = pinned;
        this.pairs = pairs;
        this.unavailable = unavailable;
        this.results = results;
        this.index = Matrix.index(results);
        this.sizes = sizes;
    }

    String render() {
        StringBuilder md = new StringBuilder("# Ping-pong benchmark results\n\n");
        md.append("Measured ").append(machine.date()).append(" by `benchmarks/run-matrix`, every pair in one run.\n\n");
        md.append("| machine | |\n|---|---|\n");
        row(md, "CPU", machine.cpu() + " (" + machine.cores() + " cores)");
        row(md, "kernel", machine.kernel());
        row(md, "JDK", machine.jdk());
        row(md, "iceoryx2", machine.iceoryx2() + " (Rust crate and Python wheel)");
        row(md, "load average (1/5/15 min)", "before " + machine.loadBefore() + ", after " + loadAfter);
        row(md, "pinning", pinned ? "ping on core 0, pong on core 1 (`taskset`)" : "none (needs 2 cores and taskset)");
        md.append("""

                One-way latency is the round trip halved. Busy: the receiver spins on its receive call.
                Event: it blocks until the sender wakes it (an iceoryx2 event service, or a blocking
                socket read). Touch: each side writes and reads the first 8 bytes; full: every byte.
                The machine is shared with other builds while this runs, so absolute numbers carry
                their noise: compare pairs by the ratios (all from this one run), and look at p50
                before the tail. Every busy latency run was made twice, the second time after all
                first attempts, and the one with the lower p50 is shown: now and then the machine
                has a spell of a minute or two in which every run is about 3× slower, whatever
                the pair.

                """);
        if (!unavailable.isEmpty()) {
            md.append("Not available yet:\n\n");
            unavailable.forEach((pair, why) -> md.append("- ").append(pair.label()).append(": ").append(why).append('\n'));
            md.append('\n');
        }
        summary(md);
        targets(md);
        throughput(md);
        details(md);
        failures(md);
        return md.toString();
    }

    private void summary(StringBuilder md) {
        md.append("## One-way latency, p50 (µs)\n\n![latency vs payload size](latency.svg)\n\n");
        for (Waiting waiting : Waiting.values()) {
            for (Mode mode : Mode.values()) {
                md.append("**").append(Run.lower(waiting)).append(", ").append(Run.lower(mode)).append("**\n\n| pair |");
                sizes.forEach(s -> md.append(' ').append(Sizes.label(s)).append(" |"));
                md.append("\n|---|").append("---:|".repeat(sizes.size())).append('\n');
                for (Pair pair : pairs) {
                    if (unavailable.containsKey(pair) || !pair.waitings().contains(waiting)) {
                        continue;
                    }
                    md.append("| ").append(pair.label()).append(" |");
                    for (int size : sizes) {
                        md.append(' ').append(latency(pair, waiting, mode, size, "p50_ns")
                                .map(MarkdownReport::micros).orElse("–")).append(" |");
                    }
                    md.append('\n');
                }
                md.append('\n');
            }
        }
    }

    private void targets(StringBuilder md) {
        md.append("## Targets (busy waiting, ratios of this run's p50 and of its means)\n\n"
                + "| target | p50 ratio | mean ratio | met (p50, mean) |\n|---|---:|---:|---|\n");
        Pair rust = pair("rust-rust");
        for (String key : List.of("java-java", "java-rust")) {
            Pair java = pair(key);
            if (java == null) {
                continue;
            }
            for (int size : sizes) {
                if (size > 64 * 1024) {
                    continue;
                }
                target(md, java.label() + " ≤ 1.25× Rust ↔ Rust, " + Sizes.label(size) + " touch",
                        ratio(java, rust, Mode.TOUCH, size), r -> r <= 1.25);
            }
        }
        for (String key : List.of("rust-rust", "java-java", "java-rust", "python-python")) {
            Pair p = pair(key);
            if (p == null) {
                continue;
            }
            target(md, p.label() + ": touch curve flat, 1 MiB ≤ 1.1× 8 B", ratioSizes(p, 1024 * 1024, 8), r -> r <= 1.1);
        }
        Pair aeron = pair("aeron-java");
        Pair uds = pair("uds-java");
        for (String key : List.of("rust-rust", "java-java")) {
            Pair p = pair(key);
            if (p == null) {
                continue;
            }
            for (int size : List.of(8, 64)) {
                target(md, p.label() + " ≤ Aeron IPC, " + Sizes.label(size) + " touch", ratio(p, aeron, Mode.TOUCH, size),
                        r -> r <= 1.0);
            }
            for (int size : List.of(64 * 1024, 1024 * 1024)) {
                target(md, "Aeron IPC ≥ 5× " + p.label() + ", " + Sizes.label(size) + " touch",
                        ratio(aeron, p, Mode.TOUCH, size), r -> r >= 5);
            }
            target(md, "Unix socket (Java) ≥ 10× " + p.label() + ", 64 B touch", ratio(uds, p, Mode.TOUCH, 64),
                    r -> r >= 10);
        }
        md.append('\n');
    }

    private void throughput(StringBuilder md) {
        md.append("## One-direction throughput (messages/s, busy, touch)\n\n| pair | 8 B | 64 B |\n|---|---:|---:|\n");
        for (Pair pair : pairs) {
            if (unavailable.containsKey(pair)) {
                continue;
            }
            md.append("| ").append(pair.label()).append(" |");
            for (int size : Sizes.THROUGHPUT) {
                Result r = index.get(Matrix.key(pair, Kind.THROUGHPUT, Waiting.BUSY, Mode.TOUCH, size));
                md.append(' ').append(r == null ? "–" : String.format(Locale.ROOT, "%,.0f", r.value("msgs_per_s")))
                        .append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private void details(StringBuilder md) {
        md.append("## Every latency run (µs)\n\n| pair | wait | mode | size | n | mean | p50 | p99 | p99.9 | max |\n")
                .append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            Run run = r.run();
            if (run.kind() != Kind.LATENCY || !r.ok()) {
                continue;
            }
            md.append("| ").append(run.pair().label()).append(" | ").append(Run.lower(run.waiting())).append(" | ")
                    .append(Run.lower(run.mode())).append(" | ").append(Sizes.label(run.size())).append(" | ")
                    .append((long) r.value("count"));
            for (String key : List.of("mean_ns", "p50_ns", "p99_ns", "p999_ns", "max_ns")) {
                md.append(" | ").append(micros(r.value(key)));
            }
            md.append(" |\n");
        }
        md.append('\n');
    }

    private void failures(StringBuilder md) {
        List<Result> failed = results.stream().filter(r -> !r.ok()).toList();
        if (failed.isEmpty()) {
            return;
        }
        md.append("## Failed runs\n\n");
        failed.forEach(r -> md.append("- ").append(r.run().describe()).append(": ").append(r.error().orElseThrow())
                .append('\n'));
        md.append('\n');
    }

    private void target(StringBuilder md, String what, Ratio ratio, java.util.function.DoublePredicate met) {
        md.append("| ").append(what).append(" | ").append(ratio.p50().map(MarkdownReport::times).orElse("not measured"))
                .append(" | ").append(ratio.mean().map(MarkdownReport::times).orElse("–")).append(" | ")
                .append(ratio.p50().isEmpty() ? "–" : verdict(ratio.p50().get(), met) + ", "
                        + ratio.mean().map(r -> verdict(r, met)).orElse("–"))
                .append(" |\n");
    }

    private static String times(double ratio) {
        return String.format(Locale.ROOT, "%.2f×", ratio);
    }

    private static String verdict(double ratio, java.util.function.DoublePredicate met) {
        return met.test(ratio) ? "yes" : "**no**";
    }

    /** A ratio of two runs' p50 and of their means; empty where a run is missing. */
    private record Ratio(Optional<Double> p50, Optional<Double> mean) {
    }

    private Ratio ratio(Pair a, Pair b, Mode mode, int size) {
        return new Ratio(divide(a, size, b, size, mode, "p50_ns"), divide(a, size, b, size, mode, "mean_ns"));
    }

    private Ratio ratioSizes(Pair p, int large, int small) {
        return new Ratio(divide(p, large, p, small, Mode.TOUCH, "p50_ns"), divide(p, large, p, small, Mode.TOUCH, "mean_ns"));
    }

    private Optional<Double> divide(Pair a, int sizeA, Pair b, int sizeB, Mode mode, String key) {
        return latency(a, Waiting.BUSY, mode, sizeA, key).flatMap(x -> latency(b, Waiting.BUSY, mode, sizeB, key)
                .map(y -> x / y));
    }

    private Optional<Double> latency(Pair pair, Waiting waiting, Mode mode, int size, String key) {
        if (pair == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(index.get(Matrix.key(pair, Kind.LATENCY, waiting, mode, size))).map(r -> r.value(key));
    }

    private Pair pair(String key) {
        return pairs.stream().filter(p -> p.key().equals(key)).findFirst().orElse(null);
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    static String micros(double nanos) {
        if (Double.isNaN(nanos)) {
            return "–";
        }
        double us = nanos / 1000;
        return String.format(Locale.ROOT, us < 10 ? "%.2f" : us < 100 ? "%.1f" : "%.0f", us);
    }
}

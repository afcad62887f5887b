package io.ioxschema.bench.matrix;

import java.util.List;
import java.util.Locale;

/** Every run as one tab-separated line, for scripts and for comparing two runs. */
final class Tsv {

    private Tsv() {
    }

    static String render(List<Result> results) {
        StringBuilder out = new StringBuilder(
                "pair\tkind\twait\tmode\tsize\tcount\tmean_ns\tp50_ns\tp99_ns\tp999_ns\tmax_ns\tmsgs_per_s\terror\n");
        for (Result r : results) {
            Run run = r.run();
            out.append(String.join("\t", run.pair().key(), Run.lower(run.kind()), Run.lower(run.waiting()),
                    Run.lower(run.mode()), Integer.toString(run.size()), number(r, "count"), number(r, "mean_ns"),
                    number(r, "p50_ns"), number(r, "p99_ns"), number(r, "p999_ns"), number(r, "max_ns"),
                    number(r, "msgs_per_s"), r.error().orElse("").replace('\t', ' ').replace('\n', ' ')))
                    .append('\n');
        }
        return out.toString();
    }

    private static String number(Result r, String key) {
        double value = r.value(key);
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.1f", value);
    }
}

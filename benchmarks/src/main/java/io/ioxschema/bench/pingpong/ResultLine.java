package io.ioxschema.bench.pingpong;

import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * The one line a measuring side prints, the same in every language, which the matrix runner
 * parses: {@code RESULT key=value ...}, times in nanoseconds.
 */
public final class ResultLine {

    private ResultLine() {
    }

    public static String latency(Options o, Histogram oneWay) {
        return String.format(Locale.ROOT, "RESULT kind=latency count=%d mean_ns=%.1f p50_ns=%d p99_ns=%d p999_ns=%d max_ns=%d",
                oneWay.getTotalCount(), oneWay.getMean(), oneWay.getValueAtPercentile(50),
                oneWay.getValueAtPercentile(99), oneWay.getValueAtPercentile(99.9), oneWay.getMaxValue());
    }

    public static String throughput(Options o, double messagesPerSecond) {
        return String.format(Locale.ROOT, "RESULT kind=throughput count=%d msgs_per_s=%.0f", o.iterations(),
                messagesPerSecond);
    }
}

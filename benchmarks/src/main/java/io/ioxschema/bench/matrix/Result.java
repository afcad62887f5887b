package io.ioxschema.bench.matrix;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one run gave: the values of its RESULT line, or why it has none.
 *
 * @param values {@code mean_ns}, {@code p50_ns}, ... or {@code msgs_per_s}
 * @param error  set when the run failed or could not start
 */
public record Result(Run run, Map<String, Double> values, Optional<String> error) {

    static Result failed(Run run, String why) {
        return new Result(run, Map.of(), Optional.of(why));
    }

    /** Parses {@code RESULT key=value ...}. */
    static Result parse(Run run, String line) {
        Map<String, Double> values = new HashMap<>();
        for (String token : line.substring("RESULT".length()).trim().split("\\s+")) {
            int eq = token.indexOf('=');
            if (eq > 0) {
                try {
                    values.put(token.substring(0, eq), Double.parseDouble(token.substring(eq + 1)));
                } catch (NumberFormatException notANumber) {
                    // kind=latency and other words: not values
                }
            }
        }
        return new Result(run, Map.copyOf(values), Optional.empty());
    }

    public double value(String key) {
        Double value = values.get(key);
        return value == null ? Double.NaN : value;
    }

    public boolean ok() {
        return error.isEmpty();
    }
}

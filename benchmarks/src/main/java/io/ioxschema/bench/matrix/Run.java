package io.ioxschema.bench.matrix;

import io.ioxschema.bench.pingpong.Options.Kind;
import io.ioxschema.bench.pingpong.Options.Mode;
import io.ioxschema.bench.pingpong.Options.Waiting;
import java.util.List;
import java.util.Locale;

/** One cell of the matrix: a pair, what to measure, and how many messages. */
public record Run(Pair pair, Kind kind, Waiting waiting, Mode mode, int size, int warmup, int iterations) {

    /** The common ping-pong arguments of one side. */
    List<String> arguments(String role, String channel) {
        return List.of("--role", role, "--transport", pair.transport(), "--kind", lower(kind), "--wait", lower(waiting),
                "--mode", lower(mode), "--size", Integer.toString(size), "--warmup", Integer.toString(warmup),
                "--iterations", Integer.toString(iterations), "--channel", channel);
    }

    String describe() {
        return pair.key() + " " + lower(kind) + " " + lower(waiting) + " " + lower(mode) + " " + Sizes.label(size);
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}

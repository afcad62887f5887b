package io.ioxschema.bench.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How to start one side of a pair: a program of some language that takes the common
 * ping-pong arguments (benchmarks/README.md, "Protocol").
 *
 * @param language shown in the pair's name
 * @param prefix   the command before the common arguments
 * @param missing  why it cannot run here, if it cannot
 */
public record Side(String language, List<String> prefix, Optional<String> missing) {

    public static Side ready(String language, List<String> prefix) {
        return new Side(language, List.copyOf(prefix), Optional.empty());
    }

    public static Side missing(String language, String why) {
        return new Side(language, List.of(), Optional.of(why));
    }

    public List<String> command(List<String> arguments) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(arguments);
        return command;
    }
}

package io.ioxschema.model;

import java.util.List;

/** Documentation lines carried from a {@code ///} comment to every generated file. */
public record Doc(List<String> lines) {
    public static final Doc NONE = new Doc(List.of());

    public Doc {
        lines = List.copyOf(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}

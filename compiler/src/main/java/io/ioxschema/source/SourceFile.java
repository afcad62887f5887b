package io.ioxschema.source;

import java.nio.file.Path;
import java.util.List;

/** The text of one schema file, with the name diagnostics show for it. */
public record SourceFile(Path path, String displayName, String text) {

    public SourceFile {
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    public static SourceFile of(String displayName, String text) {
        return new SourceFile(Path.of(displayName), displayName, text);
    }

    /** Line {@code number} (1-based) without its line terminator, or "" past the end. */
    public String line(int number) {
        List<String> lines = text.lines().toList();
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }
}

package io.ioxschema.source;

/** A place in a schema file: 1-based line and column, and the length to underline. */
public record SourceSpan(SourceFile file, int line, int column, int length) {

    public SourceSpan {
        length = Math.max(1, length);
    }

    public String location() {
        return file.displayName() + ":" + line + ":" + column;
    }
}

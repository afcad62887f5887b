package io.ioxschema.diag;

import io.ioxschema.source.SourceSpan;
import java.util.Optional;

/** One problem found in a schema, as a value; rendering happens once, at the edge. */
public record Diagnostic(Severity severity, String message, Optional<SourceSpan> span) {

    public static Diagnostic error(SourceSpan span, String message) {
        return new Diagnostic(Severity.ERROR, message, Optional.ofNullable(span));
    }

    public static Diagnostic warning(SourceSpan span, String message) {
        return new Diagnostic(Severity.WARNING, message, Optional.ofNullable(span));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}

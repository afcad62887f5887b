package io.ioxschema;

import io.ioxschema.diag.Diagnostic;
import io.ioxschema.layout.SchemaLayout;
import java.util.List;
import java.util.Optional;

/** The outcome of compiling one schema file: its layout when it is valid, and every diagnostic. */
public record Compilation(Optional<SchemaLayout> layout, List<Diagnostic> diagnostics) {

    public Compilation {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}

package io.ioxschema.diagnostics;

import io.ioxschema.diag.Diagnostic;
import io.ioxschema.diag.Severity;
import java.nio.file.Path;

/**
 * One diagnostic a fixture demands: its severity, the file and line it must be reported at,
 * and a piece of its message.
 */
record ExpectedDiagnostic(Severity severity, Path file, int line, String text) {

    boolean matches(Diagnostic diagnostic) {
        return diagnostic.severity() == severity
                && diagnostic.message().contains(text)
                && diagnostic.span().map(s -> s.line() == line && FixtureFiles.same(s.file().path(), file))
                        .orElse(false);
    }

    @Override
    public String toString() {
        return file.getFileName() + ":" + line + ": " + severity.label() + ": ..." + text + "...";
    }
}

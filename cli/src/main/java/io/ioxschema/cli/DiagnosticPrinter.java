package io.ioxschema.cli;

import io.ioxschema.diag.Diagnostic;
import io.ioxschema.diag.DiagnosticRenderer;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics to stderr, then a one-line count when there were errors. */
final class DiagnosticPrinter {

    private final PrintWriter err;
    private final DiagnosticRenderer renderer;

    DiagnosticPrinter(Streams streams) {
        this.err = streams.err();
        this.renderer = new DiagnosticRenderer(streams.colorErr());
    }

    void print(List<Diagnostic> diagnostics) {
        diagnostics.forEach(d -> err.print(renderer.render(d)));
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        if (errors > 0) {
            err.println(errors + (errors == 1 ? " error" : " errors"));
        }
        err.flush();
    }
}

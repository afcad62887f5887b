package io.ioxschema.cli;

import io.ioxschema.diag.Diagnostic;
import io.ioxschema.diag.DiagnosticRenderer;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints diagnostics to stderr, then a one-line count when there were errors. Past the first
 * {@code maxErrors} errors it stops printing (a garbage input can cause thousands, and the
 * first ones are the ones to fix) but still counts them, and says so.
 */
final class DiagnosticPrinter {

    static final int DEFAULT_MAX_ERRORS = 100;

    private final PrintWriter err;
    private final DiagnosticRenderer renderer;
    private final int maxErrors;

    /** @param maxErrors errors to print at most; 0 prints all */
    DiagnosticPrinter(Streams streams, int maxErrors) {
        this.err = streams.err();
        this.renderer = new DiagnosticRenderer(streams.colorErr());
        this.maxErrors = maxErrors;
    }

    void print(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        boolean truncated = maxErrors > 0 && errors > maxErrors;
        long printed = 0;
        for (Diagnostic d : diagnostics) {
            if (truncated && printed == maxErrors) {
                break;
            }
            err.print(renderer.render(d));
            printed += d.isError() ? 1 : 0;
        }
        if (truncated) {
            err.println(errors + " errors; the first " + maxErrors + " are shown (--max-errors 0 shows all)");
        } else if (errors > 0) {
            err.println(errors + (errors == 1 ? " error" : " errors"));
        }
        err.flush();
    }
}

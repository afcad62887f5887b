package io.ioxschema.maven;

import io.ioxschema.diag.Diagnostic;
import io.ioxschema.diag.DiagnosticRenderer;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * Shows diagnostics in Maven's output as the CLI shows them ({@code file:line:col: error:
 * message}, the source line and a caret): one log call each, so the caret stays under the
 * line it marks.
 */
final class DiagnosticLog {

    private DiagnosticLog() {
    }

    /** Logs every diagnostic; returns the number of errors. */
    static long report(List<Diagnostic> diagnostics, Log log) {
        DiagnosticRenderer renderer = new DiagnosticRenderer(false);
        for (Diagnostic d : diagnostics) {
            String text = renderer.render(d).stripTrailing();
            if (d.isError()) {
                log.error(text);
            } else {
                log.warn(text);
            }
        }
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    static String errorSummary(long errors) {
        return "iox-schema: " + errors + (errors == 1 ? " error" : " errors") + " in the schemas (see above)";
    }
}

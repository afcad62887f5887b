package io.ioxschema.robustness;

import io.ioxschema.Compilation;
import io.ioxschema.CompileOptions;
import io.ioxschema.SchemaCompiler;
import io.ioxschema.diag.Diagnostic;
import io.ioxschema.diag.DiagnosticRenderer;
import io.ioxschema.source.SourceFile;
import io.ioxschema.source.SourceSpan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Compiles one input and says what is wrong with the outcome, if anything. A bad input must
 * end in a normal compilation: no exception, every error placed in the text (only a problem
 * with the file as a whole may lack a place), renderable, and a layout exactly when there is
 * no error.
 */
final class CompilationCheck {

    /** Slow enough to mean a blow-up (the inputs are small), yet far above a cold JIT's pauses. */
    private static final long MAX_MILLIS = 10_000;

    private static final DiagnosticRenderer RENDERER = new DiagnosticRenderer(false);

    private CompilationCheck() {
    }

    static Optional<String> problem(SourceFile source, CompileOptions options) {
        long start = System.nanoTime();
        Compilation compilation;
        try {
            compilation = SchemaCompiler.compile(source, options);
        } catch (Throwable e) { // the point of the test: nothing may escape
            return Optional.of("threw " + stackTrace(e));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > MAX_MILLIS) {
            return Optional.of("took " + millis + " ms");
        }
        Map<SourceFile, Long> lineCounts = new IdentityHashMap<>();
        for (Diagnostic diagnostic : compilation.diagnostics()) {
            Optional<String> problem = problem(diagnostic, source, lineCounts);
            if (problem.isPresent()) {
                return problem;
            }
        }
        if (compilation.hasErrors() == compilation.layout().isPresent()) {
            return Optional.of("layout present: " + compilation.layout().isPresent() + ", errors: "
                    + compilation.diagnostics());
        }
        return Optional.empty();
    }

    private static Optional<String> problem(Diagnostic diagnostic, SourceFile source,
                                            Map<SourceFile, Long> lineCounts) {
        if (diagnostic.message().isBlank()) {
            return Optional.of("empty message: " + diagnostic);
        }
        if (diagnostic.span().isEmpty()) {
            boolean fileLevel = diagnostic.message().startsWith(source.displayName() + ":");
            return diagnostic.isError() && !fileLevel
                    ? Optional.of("error without a place: " + diagnostic.message()) : Optional.empty();
        }
        SourceSpan span = diagnostic.span().get();
        long lines = lineCounts.computeIfAbsent(span.file(),
                f -> f.text().chars().filter(c -> c == '\n').count() + 1);
        if (span.line() < 1 || span.line() > lines || span.column() < 1) {
            return Optional.of("place outside the text (" + lines + " lines): " + span.location() + ": "
                    + diagnostic.message());
        }
        try {
            RENDERER.render(diagnostic);
        } catch (RuntimeException e) {
            return Optional.of("rendering threw " + stackTrace(e));
        }
        return Optional.empty();
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        String trace = out.toString();
        return trace.length() > 4000 ? trace.substring(0, 4000) + "..." : trace;
    }
}

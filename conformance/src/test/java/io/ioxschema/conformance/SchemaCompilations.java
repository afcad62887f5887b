package io.ioxschema.conformance;

import io.ioxschema.CompileOptions;
import io.ioxschema.Compilation;
import io.ioxschema.SchemaCompiler;
import io.ioxschema.diag.DiagnosticRenderer;
import io.ioxschema.source.SourceFile;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Compiles schemas for a gcc target, and renders diagnostics for assertion messages. */
final class SchemaCompilations {

    private static final DiagnosticRenderer RENDERER = new DiagnosticRenderer(false);

    private SchemaCompilations() {
    }

    static Compilation compile(Path file, GccTarget target) {
        return SchemaCompiler.compile(file, CompileOptions.defaults().withTarget(target.abi()));
    }

    static Compilation compile(SourceFile source, GccTarget target) {
        return SchemaCompiler.compile(source, CompileOptions.defaults().withTarget(target.abi()));
    }

    static String errors(Compilation compilation) {
        return compilation.diagnostics().stream().filter(d -> d.isError()).map(RENDERER::render)
                .collect(Collectors.joining());
    }
}

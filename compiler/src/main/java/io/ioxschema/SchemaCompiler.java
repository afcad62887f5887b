package io.ioxschema;

import io.ioxschema.diag.Diagnostics;
import io.ioxschema.layout.LayoutEngine;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.model.Schema;
import io.ioxschema.resolve.Resolver;
import io.ioxschema.source.SourceFile;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/** The compiler's front door: schema file in, layout and diagnostics out. Never throws for bad input. */
public final class SchemaCompiler {

    private SchemaCompiler() {
    }

    public static Compilation compile(Path file, CompileOptions options) {
        return run(d -> Resolver.resolve(file, options.includeDirs(), d), options, file.toString());
    }

    /** Compiles text that is not on disk (tests, editors); imports resolve relative to its path. */
    public static Compilation compile(SourceFile source, CompileOptions options) {
        return run(d -> Resolver.resolve(source, options.includeDirs(), d), options, source.displayName());
    }

    private static Compilation run(Function<Diagnostics, Optional<Schema>> resolve, CompileOptions options,
                                   String name) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<SchemaLayout> layout;
        try {
            layout = resolve.apply(diagnostics).flatMap(s -> LayoutEngine.compute(s, options.target(), diagnostics));
        } catch (StackOverflowError e) {
            // Parsing and resolution recurse with the nesting of the text.
            diagnostics.error(null, name + ": the schema nests too deeply to compile");
            layout = Optional.empty();
        }
        return new Compilation(diagnostics.hasErrors() ? Optional.empty() : layout, diagnostics.sorted());
    }
}

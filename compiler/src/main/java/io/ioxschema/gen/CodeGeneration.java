package io.ioxschema.gen;

import io.ioxschema.diag.Diagnostic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates one compiled schema in every requested language, in memory: checks every
 * language first, so an unsupported feature stops the run before anything is generated.
 * Where each language's files go is the caller's choice ({@link SchemaGeneration}).
 */
public final class CodeGeneration {

    private CodeGeneration() {
    }

    /** Each language's files, paths relative to that language's output folder, in the order asked for. */
    public record Result(Map<String, List<GeneratedFile>> files, List<Diagnostic> diagnostics) {
        public Result {
            Map<String, List<GeneratedFile>> copy = new LinkedHashMap<>();
            files.forEach((language, list) -> copy.put(language, List.copyOf(list)));
            files = Collections.unmodifiableMap(copy);
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    public static Result run(GenerationInput input, List<Generator> generators) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Generator generator : generators) {
            for (Diagnostic d : generator.check(input)) {
                diagnostics.add(new Diagnostic(d.severity(), generator.language() + ": " + d.message(), d.span()));
            }
        }
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new Result(Map.of(), diagnostics);
        }
        Map<String, List<GeneratedFile>> files = new LinkedHashMap<>();
        for (Generator generator : generators) {
            Map<String, GeneratedFile> byPath = new LinkedHashMap<>();
            for (GeneratedFile file : generator.generate(input)) {
                GeneratedFile earlier = byPath.putIfAbsent(file.path(), file);
                if (earlier != null && !earlier.content().equals(file.content())) {
                    // Two schema files whose packages map to one file name (a.b_c and a_b.c, or
                    // one package in two files): never let one silently overwrite the other.
                    diagnostics.add(Diagnostic.error(null, generator.language() + ": two schema files would"
                            + " both be generated as " + file.path() + "; give them distinct packages"));
                }
            }
            files.put(generator.language(), List.copyOf(byPath.values()));
        }
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new Result(Map.of(), diagnostics);
        }
        return new Result(files, diagnostics);
    }
}

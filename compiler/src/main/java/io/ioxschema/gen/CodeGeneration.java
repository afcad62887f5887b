package io.ioxschema.gen;

import io.ioxschema.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of the generate phase: checks every requested language first, then generates
 * all of them in memory. With one language its files go to the output root; with several,
 * each language gets a folder of its own name.
 */
public final class CodeGeneration {

    private CodeGeneration() {
    }

    public record Result(List<GeneratedFile> files, List<Diagnostic> diagnostics) {
        public Result {
            files = List.copyOf(files);
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
            return new Result(List.of(), diagnostics);
        }
        java.util.Map<String, GeneratedFile> files = new java.util.LinkedHashMap<>();
        for (Generator generator : generators) {
            String folder = generators.size() > 1 ? generator.language() + "/" : "";
            for (GeneratedFile file : generator.generate(input)) {
                GeneratedFile placed = new GeneratedFile(folder + file.path(), file.content());
                GeneratedFile earlier = files.putIfAbsent(placed.path(), placed);
                if (earlier != null && !earlier.content().equals(placed.content())) {
                    // Two schema files whose packages map to one file name (a.b_c and a_b.c, or
                    // one package in two files): never let one silently overwrite the other.
                    diagnostics.add(Diagnostic.error(null, generator.language() + ": two schema files would"
                            + " both be generated as " + placed.path() + "; give them distinct packages"));
                }
            }
        }
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new Result(List.of(), diagnostics);
        }
        return new Result(List.copyOf(files.values()), diagnostics);
    }
}

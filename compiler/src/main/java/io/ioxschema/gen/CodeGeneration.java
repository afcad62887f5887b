package io.ioxschema.gen;

import io.ioxschema.diag.Diagnostic;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
            diagnostics.addAll(caseCollisions(generator.language(), byPath.keySet()));
            files.put(generator.language(), List.copyOf(byPath.values()));
        }
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new Result(Map.of(), diagnostics);
        }
        return new Result(files, diagnostics);
    }

    /**
     * Paths that differ only in case (types Foo and FOO in Java, packages Sensor and sensor):
     * on a case-insensitive file system (macOS, Windows), where a checked-in binding is often
     * checked out, one file would overwrite the other.
     */
    private static List<Diagnostic> caseCollisions(String language, Collection<String> paths) {
        List<Diagnostic> collisions = new ArrayList<>();
        Map<String, String> byFoldedPath = new HashMap<>();
        for (String path : paths) {
            String earlier = byFoldedPath.putIfAbsent(path.toLowerCase(Locale.ROOT), path);
            if (earlier != null) {
                collisions.add(Diagnostic.error(null, language + ": " + earlier + " and " + path + " differ only in case,"
                        + " so one would overwrite the other on a case-insensitive file system (macOS, Windows);"
                        + " rename one of their types or packages"));
            }
        }
        return collisions;
    }
}

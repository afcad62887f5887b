package io.ioxschema.gen;

import io.ioxschema.Compilation;
import io.ioxschema.SchemaCompiler;
import io.ioxschema.ToolVersion;
import io.ioxschema.diag.Diagnostic;
import io.ioxschema.model.Module;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole {@code gen} job in memory, shared by the command line and the Maven plugin:
 * compiles each schema file, generates every requested language and places each file in
 * its language's folder. Writing and checking are {@link OutputWriter}'s.
 */
public final class SchemaGeneration {

    private SchemaGeneration() {
    }

    /**
     * What a run produced: the files of each output folder (empty when there is any error),
     * every diagnostic, and every schema file read, imports included, so a build tool can
     * tell when it must run again.
     */
    public record Result(Map<Path, List<GeneratedFile>> files, List<Diagnostic> diagnostics, List<Path> schemasRead) {
        public Result {
            Map<Path, List<GeneratedFile>> copy = new LinkedHashMap<>();
            files.forEach((dir, list) -> copy.put(dir, List.copyOf(list)));
            files = Collections.unmodifiableMap(copy);
            diagnostics = List.copyOf(diagnostics);
            schemasRead = List.copyOf(schemasRead);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }

        public int fileCount() {
            return files.values().stream().mapToInt(List::size).sum();
        }
    }

    public static Result run(List<Path> schemaFiles, GenerateOptions options) {
        List<Generator> generators = options.languages().stream().map(GeneratorRegistry::require).toList();
        Set<Diagnostic> diagnostics = new LinkedHashSet<>();
        Set<Path> schemasRead = new LinkedHashSet<>();
        Placement placement = new Placement(options);
        for (Path file : schemaFiles) {
            Compilation compilation = SchemaCompiler.compile(file, options.compile());
            diagnostics.addAll(compilation.diagnostics());
            compilation.layout().ifPresent(layout -> {
                for (Module module : layout.schema().modules()) {
                    schemasRead.add(module.source().path().toAbsolutePath().normalize());
                }
                CodeGeneration.Result result = CodeGeneration.run(
                        new GenerationInput(layout, ToolVersion.current(), options.javaServices()), generators);
                diagnostics.addAll(result.diagnostics());
                result.files().forEach(placement::add);
            });
        }
        diagnostics.addAll(placement.conflicts());
        boolean failed = diagnostics.stream().anyMatch(Diagnostic::isError);
        return new Result(failed ? Map.of() : placement.byFolder(), new ArrayList<>(diagnostics),
                new ArrayList<>(schemasRead));
    }

    /**
     * Puts each language's files into its folder and merges them across schema files: the
     * same import generated twice is one file; two contents for one path is an error, never
     * a silent overwrite.
     */
    private static final class Placement {

        private record Placed(String language, GeneratedFile file) {
        }

        private final GenerateOptions options;
        private final Map<Path, Map<String, Placed>> folders = new LinkedHashMap<>();
        private final Set<Diagnostic> conflicts = new LinkedHashSet<>();

        Placement(GenerateOptions options) {
            this.options = options;
        }

        void add(String language, List<GeneratedFile> files) {
            Path folder = options.outputs().get(language);
            Map<String, Placed> placed = folders.computeIfAbsent(folder, f -> new LinkedHashMap<>());
            for (GeneratedFile file : files) {
                Placed earlier = placed.putIfAbsent(file.path(), new Placed(language, file));
                if (earlier != null && !earlier.file().content().equals(file.content())) {
                    conflicts.add(Diagnostic.error(null, conflict(earlier.language(), language,
                            folder.resolve(file.path()))));
                }
            }
        }

        private static String conflict(String first, String second, Path path) {
            return first.equals(second)
                    ? first + ": two schema files would both be generated as " + path + "; give them distinct packages"
                    : first + " and " + second + " would both write " + path + "; give them different output folders";
        }

        Set<Diagnostic> conflicts() {
            return conflicts;
        }

        Map<Path, List<GeneratedFile>> byFolder() {
            Map<Path, List<GeneratedFile>> result = new LinkedHashMap<>();
            folders.forEach((folder, placed) -> result.put(folder,
                    placed.values().stream().map(Placed::file).toList()));
            return result;
        }
    }
}

package io.ioxschema.conformance.support;

import io.ioxschema.gen.CodeGeneration;
import io.ioxschema.gen.GeneratedFile;
import io.ioxschema.gen.GenerationInput;
import io.ioxschema.gen.GeneratorRegistry;
import io.ioxschema.gen.OutputWriter;
import io.ioxschema.layout.SchemaLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Generates one language's bindings for a layout and writes them, as {@code iox-schema gen} would. */
public final class Bindings {

    private Bindings() {
    }

    public static List<GeneratedFile> generate(SchemaLayout layout, String language) {
        CodeGeneration.Result result = CodeGeneration.run(new GenerationInput(layout, "test"),
                List.of(GeneratorRegistry.byLanguage(language).orElseThrow(
                        () -> new AssertionError("no generator for " + language))));
        if (result.hasErrors()) {
            throw new AssertionError(language + " generation failed:\n" + result.diagnostics().stream()
                    .map(d -> d.message()).collect(Collectors.joining("\n")));
        }
        return result.files().get(language);
    }

    public static List<GeneratedFile> write(SchemaLayout layout, String language, Path dir) {
        List<GeneratedFile> files = generate(layout, language);
        writeFiles(dir, files);
        return files;
    }

    public static void writeFiles(Path dir, List<GeneratedFile> files) {
        try {
            OutputWriter.write(dir, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

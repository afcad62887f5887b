package io.ioxschema.maven;

import io.ioxschema.gen.GenerateOptions;
import io.ioxschema.ToolVersion;
import io.ioxschema.gen.SchemaGeneration;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;

/** One run's input besides the schema text: the schema files asked for and the options, as the CLI takes them. */
record RunSettings(List<Path> schemaFiles, GenerateOptions options) {

    RunSettings {
        schemaFiles = List.copyOf(schemaFiles);
    }

    SchemaGeneration.Result generate() {
        return SchemaGeneration.run(schemaFiles, options);
    }

    /**
     * Changes whenever a run could generate something else from the same schema text: another
     * file list, option or tool. A snapshot keeps its version across rebuilds, so the jars'
     * size and time stand for the code itself.
     */
    String fingerprint() {
        StringBuilder text = new StringBuilder();
        text.append("tool ").append(ToolVersion.current()).append(' ')
                .append(jarStamp(SchemaGeneration.class)).append(' ').append(jarStamp(RunSettings.class)).append('\n');
        text.append("target ").append(options.compile().target().name()).append('\n');
        options.compile().includeDirs().forEach(dir -> text.append("include ").append(dir).append('\n'));
        options.outputs().forEach((language, dir) -> text.append("output ").append(language).append(' ')
                .append(dir).append('\n'));
        text.append("java services ").append(options.javaServices()).append('\n');
        schemaFiles.forEach(file -> text.append("schema ").append(file).append('\n'));
        return BuildState.sha256(text.toString());
    }

    private static String jarStamp(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null) {
                return "?";
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location)
                    ? Files.size(location) + "@" + Files.getLastModifiedTime(location).toMillis()
                    : location.toString();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "?";
        }
    }
}

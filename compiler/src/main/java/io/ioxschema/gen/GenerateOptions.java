package io.ioxschema.gen;

import io.ioxschema.CompileOptions;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a generation run depends on besides the schema files, as one immutable value
 * that the command line and the Maven plugin both build: how to compile, and which
 * languages to generate into which folder (several languages may share one).
 */
public record GenerateOptions(CompileOptions compile, Map<String, Path> outputs, boolean javaServices) {

    /** Rejects an unknown language or an empty choice: both are the caller's mistake. */
    public GenerateOptions {
        if (outputs.isEmpty()) {
            throw new IllegalArgumentException("no language to generate");
        }
        outputs.keySet().forEach(GeneratorRegistry::require);
        outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    }

    /** Without the Java service entry points. */
    public GenerateOptions(CompileOptions compile, Map<String, Path> outputs) {
        this(compile, outputs, false);
    }

    /**
     * The same, and with {@code javaServices} true the Java bindings get a class per schema
     * service that opens it through the iox-schema runtime (which the code then needs).
     */
    public GenerateOptions withJavaServices(boolean javaServices) {
        return new GenerateOptions(compile, outputs, javaServices);
    }

    /**
     * The command line's rule: one language writes into {@code out} itself, several into
     * {@code out/<language>}, so their runtime files can never meet.
     */
    public static GenerateOptions intoOneFolder(CompileOptions compile, List<String> languages, Path out) {
        List<String> distinct = languages.stream().distinct().toList();
        Map<String, Path> outputs = new LinkedHashMap<>();
        for (String language : distinct) {
            outputs.put(language, distinct.size() == 1 ? out : out.resolve(language));
        }
        return new GenerateOptions(compile, outputs);
    }

    /** The languages, in the order they were asked for. */
    public List<String> languages() {
        return List.copyOf(outputs.keySet());
    }
}

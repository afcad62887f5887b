package io.ioxschema.conformance.java;

import io.ioxschema.conformance.support.Bindings;
import io.ioxschema.gen.GeneratedFile;
import io.ioxschema.layout.SchemaLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated Java of several schemas in one source tree: a package generated for two
 * schemas (an imported file) must come out byte for byte the same for both, or generating
 * into one output folder would flip it back and forth.
 */
final class GeneratedJava {

    private final Map<String, GeneratedFile> files = new LinkedHashMap<>();

    GeneratedJava add(SchemaLayout layout) {
        for (GeneratedFile file : Bindings.generate(layout, "java")) {
            GeneratedFile earlier = files.putIfAbsent(file.path(), file);
            if (earlier != null && !earlier.content().equals(file.content())) {
                throw new AssertionError(file.path() + " differs between two schemas that generate it");
            }
        }
        return this;
    }

    List<GeneratedFile> files() {
        return List.copyOf(files.values());
    }
}

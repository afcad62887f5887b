package io.ioxschema.gen;

import io.ioxschema.gen.c.CGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every generator, registered once by language name. Adding a language is one line here. */
public final class GeneratorRegistry {

    private static final Map<String, Generator> BY_LANGUAGE = new LinkedHashMap<>();

    static {
        register(new CGenerator());
        register(new io.ioxschema.gen.cpp.CppGenerator());
        register(new io.ioxschema.gen.ts.TsGenerator());
        register(new io.ioxschema.gen.python.PythonGenerator());
        register(new io.ioxschema.gen.rust.RustGenerator());
        register(new io.ioxschema.gen.java.JavaGenerator());
    }

    private GeneratorRegistry() {
    }

    private static void register(Generator generator) {
        BY_LANGUAGE.put(generator.language(), generator);
    }

    public static Optional<Generator> byLanguage(String language) {
        return Optional.ofNullable(BY_LANGUAGE.get(language));
    }

    /** The generator of that language; an unknown name is the caller's mistake, with the known names in the message. */
    public static Generator require(String language) {
        return byLanguage(language).orElseThrow(() -> new IllegalArgumentException(
                "unknown language '" + language + "'; known: " + String.join(", ", languages())));
    }

    public static List<String> languages() {
        return List.copyOf(BY_LANGUAGE.keySet());
    }

    public static List<Generator> all() {
        return new ArrayList<>(BY_LANGUAGE.values());
    }
}

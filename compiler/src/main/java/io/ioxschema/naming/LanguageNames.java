package io.ioxschema.naming;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A target language's reserved words and which of them it can escape. One class per language. */
public interface LanguageNames {

    /** Every language a schema name must be valid in. */
    List<LanguageNames> ALL = List.of(new CNames(), new CppNames(), new RustNames(), new PythonNames(),
            new TypeScriptNames(), new JavaNames());

    String language();

    Set<String> reservedWords();

    /**
     * How a field, enum value or constant is spelled in this language: as written, or
     * escaped where it is reserved. Generators use this at declarations and uses alike.
     */
    default String member(String name) {
        return reservedWords().contains(name) ? name + "_" : name;
    }

    /**
     * Why {@code name} cannot be used as a {@code kind} in this language, even escaped;
     * empty when it can (as is, or escaped by the generator).
     */
    default Optional<String> problem(NameKind kind, String name) {
        if (kind == NameKind.MEMBER || !reservedWords().contains(name)) {
            return Optional.empty();
        }
        return Optional.of("'" + name + "' is a reserved word in " + language());
    }
}

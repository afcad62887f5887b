package io.ioxschema.naming;

import java.util.Set;

/** Python 3 hard keywords (soft keywords such as {@code match} and {@code type} are valid names). */
public final class PythonNames implements LanguageNames {

    private static final Set<String> RESERVED = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
            "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
            "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    @Override
    public String language() {
        return "Python";
    }

    @Override
    public Set<String> reservedWords() {
        return RESERVED;
    }

    /**
     * Also escapes what Python reserves beyond keywords for enum members and module globals:
     * {@code mro} (an {@code Enum} cannot have it), and names that start and end with an
     * underscore ({@code _sunder_} names belong to {@code Enum}, {@code __dunder__} names to
     * Python itself).
     */
    @Override
    public String member(String name) {
        boolean pythonReserved = name.equals("mro") || name.startsWith("_") && name.endsWith("_");
        return pythonReserved ? name + "_" : LanguageNames.super.member(name);
    }
}

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
}

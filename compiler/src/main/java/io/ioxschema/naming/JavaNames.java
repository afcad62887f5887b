package io.ioxschema.naming;

import java.util.Set;

/** Java keywords, literals and the restricted identifiers a class may not be named. */
public final class JavaNames implements LanguageNames {

    private static final Set<String> RESERVED = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for",
            "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new",
            "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super",
            "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
            "while", "true", "false", "null", "_", "var", "yield", "record", "sealed", "permits");

    @Override
    public String language() {
        return "Java";
    }

    @Override
    public Set<String> reservedWords() {
        return RESERVED;
    }
}

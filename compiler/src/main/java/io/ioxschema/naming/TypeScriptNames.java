package io.ioxschema.naming;

import java.util.Set;

/** TypeScript reserved words and the predefined type names a class may not take. */
public final class TypeScriptNames implements LanguageNames {

    private static final Set<String> RESERVED = Set.of(
            "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
            "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in",
            "instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof",
            "var", "void", "while", "with", "implements", "interface", "let", "package", "private", "protected",
            "public", "static", "yield", "await", "any", "boolean", "number", "string", "symbol", "bigint",
            "never", "object", "unknown", "undefined");

    @Override
    public String language() {
        return "TypeScript";
    }

    @Override
    public Set<String> reservedWords() {
        return RESERVED;
    }
}

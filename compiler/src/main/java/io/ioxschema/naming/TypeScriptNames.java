package io.ioxschema.naming;

import java.util.Set;

/**
 * TypeScript reserved words and the predefined type names a class may not take. They limit
 * module-level names (types, constants) only: class members and object keys may be reserved
 * words ({@code v.class}, {@code Choice.default}), see {@link #property}.
 */
public final class TypeScriptNames implements LanguageNames {

    private static final Set<String> RESERVED = Set.of(
            "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do",
            "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in",
            "instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof",
            "var", "void", "while", "with", "implements", "interface", "let", "package", "private", "protected",
            "public", "static", "yield", "await", "any", "boolean", "number", "string", "symbol", "bigint",
            "never", "object", "unknown", "undefined",
            // not keywords, but strict-mode code cannot bind them
            "arguments", "eval");

    /**
     * Member names the generated classes and object literals cannot take as written: a
     * getter cannot be the constructor, {@code toJSON} is the generated method, and
     * {@code __proto__} in an object literal would set the prototype.
     */
    private static final Set<String> NOT_PROPERTIES = Set.of("constructor", "toJSON", "__proto__");

    @Override
    public String language() {
        return "TypeScript";
    }

    @Override
    public Set<String> reservedWords() {
        return RESERVED;
    }

    /** How a field or enum value is spelled as a class member or object key: reserved words are fine there. */
    public String property(String name) {
        return NOT_PROPERTIES.contains(name) ? name + "_" : name;
    }
}

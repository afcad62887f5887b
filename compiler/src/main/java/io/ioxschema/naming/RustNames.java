package io.ioxschema.naming;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Rust keywords and spellings. Keywords become raw identifiers ({@code r#match}); the few
 * that cannot be raw get a trailing underscore. Constants (module constants, enum and flags
 * values) are UPPER_SNAKE_CASE as Rust expects, so they never meet a keyword.
 */
public final class RustNames implements LanguageNames {

    private static final Set<String> RESERVED = Set.of(
            "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
            "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
            "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe",
            "use", "where", "while", "abstract", "become", "box", "do", "final", "macro", "override", "priv",
            "try", "typeof", "unsized", "virtual", "yield", "union");

    /** Names that cannot be raw identifiers. */
    private static final Set<String> NOT_RAW = Set.of("crate", "self", "Self", "super", "_");

    @Override
    public String language() {
        return "Rust";
    }

    @Override
    public Set<String> reservedWords() {
        return RESERVED;
    }

    /** A field or type name: {@code r#type} for a keyword, {@code self_} for one that cannot be raw. */
    @Override
    public String member(String name) {
        if (NOT_RAW.contains(name)) {
            return name + "_";
        }
        return RESERVED.contains(name) ? "r#" + name : name;
    }

    /** A constant, enum value or flag: {@code LowBattery} becomes {@code LOW_BATTERY}. */
    public String constant(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i > 0 && Character.isUpperCase(c) && startsWord(name, i)) {
                out.append('_');
            }
            out.append(Character.toUpperCase(c));
        }
        return out.toString();
    }

    /** An upper-case letter starts a word after a lower-case letter or digit, or ends an acronym ("HTTPServer"). */
    private static boolean startsWord(String name, int i) {
        char previous = name.charAt(i - 1);
        boolean nextIsLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        return Character.isLowerCase(previous) || Character.isDigit(previous)
                || (Character.isUpperCase(previous) && nextIsLower);
    }

    /** The file name, without {@code .rs}, of a package's module: {@code org.example.sensor} gives {@code org_example_sensor}. */
    public String moduleFile(String packageName) {
        return packageName.replace('.', '_').toLowerCase(Locale.ROOT);
    }

    /** The package's module as Rust code names it (in {@code mod} and {@code super::} paths). */
    public String module(String packageName) {
        return member(moduleFile(packageName));
    }

    @Override
    public Optional<String> problem(NameKind kind, String name) {
        if (kind != NameKind.MEMBER && NOT_RAW.contains(name)) {
            return Optional.of("'" + name + "' is a Rust keyword that cannot be escaped as r#" + name);
        }
        return Optional.empty();
    }
}

package io.ioxschema.naming;

import java.util.Optional;
import java.util.Set;

/** Rust keywords; all but a few can be written as raw identifiers ({@code r#match}). */
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

    @Override
    public Optional<String> problem(NameKind kind, String name) {
        if (kind != NameKind.MEMBER && NOT_RAW.contains(name)) {
            return Optional.of("'" + name + "' is a Rust keyword that cannot be escaped as r#" + name);
        }
        return Optional.empty();
    }
}

package io.ioxschema.resolve;

import io.ioxschema.syntax.Ast;

/** A named declaration (constant, enum, flags or struct) and the file it stands in. */
record Symbol(Ast.Declaration declaration, LoadedFile file) {

    String name() {
        return switch (declaration) {
            case Ast.Const c -> c.name().text();
            case Ast.Enum e -> e.name().text();
            case Ast.Struct s -> s.name().text();
            case Ast.Service s -> s.name().value();
        };
    }

    String kind() {
        return switch (declaration) {
            case Ast.Const c -> "constant";
            case Ast.Enum e -> e.isFlags() ? "flags type" : "enum";
            case Ast.Struct s -> "struct";
            case Ast.Service s -> "service";
        };
    }

    /** The kind with its article, for messages: "an enum", "a struct". */
    String kindWithArticle() {
        return Messages.withArticle(kind());
    }

    boolean isType() {
        return declaration instanceof Ast.Enum || declaration instanceof Ast.Struct;
    }

    // Identity semantics, as for LoadedFile.
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}

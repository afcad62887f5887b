package io.ioxschema.resolve;

import io.ioxschema.syntax.Ast;
import java.util.List;

/** A parsed schema file, its package and the files it imports directly. */
record LoadedFile(Ast.File ast, String packageName, List<LoadedFile> imports) {
    LoadedFile {
        imports = List.copyOf(imports);
    }

    String displayName() {
        return ast.source().displayName();
    }

    // Identity semantics: a file is loaded once, and deep record equality would walk whole trees.
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}

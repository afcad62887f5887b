package io.ioxschema.model;

import io.ioxschema.source.SourceSpan;

/** A named type a schema declares: a struct, an enum or a flags type. */
public sealed interface TypeDef permits StructDef, EnumDef {
    String name();

    /** The package the type was declared in. */
    String packageName();

    Doc doc();

    SourceSpan span();

    default String qualifiedName() {
        return packageName() + "." + name();
    }
}

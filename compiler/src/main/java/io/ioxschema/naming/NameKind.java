package io.ioxschema.naming;

/** Where a schema name lands in generated code; escaping rules differ per kind. */
public enum NameKind {
    /** A struct, enum or flags type: it keeps its schema name in every language. */
    TYPE,
    /** A segment of a package name: a namespace, module or package in generated code. */
    PACKAGE_SEGMENT,
    /** A field, enum value or constant: may be escaped (renamed) where it is reserved. */
    MEMBER
}

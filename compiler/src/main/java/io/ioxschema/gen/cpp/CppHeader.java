package io.ioxschema.gen.cpp;

import java.util.List;

/** What the C++ header template renders; every decision is already made. Doc lines are complete comments. */
record CppHeader(String stamp, String guard, boolean usesArray, List<String> includes, boolean int128,
                 String namespace, List<Constant> constants, List<Enum> enums, List<Declaration> declarations) {

    record Constant(String type, String name, String value, List<String> doc) {
    }

    /** An enum or flags type as an {@code enum class}; flags also get bitwise operators. */
    record Enum(String name, String kind, String base, String underlying, boolean isFlags, List<Enumerator> values,
                List<String> doc) {
    }

    record Enumerator(String name, String value, List<String> doc) {
    }

    /** Exactly one of the two is set, in the order the types must be declared. */
    record Declaration(Container container, Struct struct) {
    }

    /** A {@code string<N>} or {@code vec<T, N>} instance: the shared class template, checked against the layout. */
    record Container(String type, String schemaText, List<String> asserts) {
    }

    /** {@code alignas} is empty or ends with a space. */
    record Struct(String name, String alignas, String typeName, long size, long alignment, List<Member> members,
                  List<String> asserts, List<String> doc) {
    }

    record Member(String declaration, String comment, List<String> doc) {
    }
}

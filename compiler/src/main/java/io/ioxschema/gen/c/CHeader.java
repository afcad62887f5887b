package io.ioxschema.gen.c;

import java.util.List;

/** What the C header template renders; every decision is already made. */
record CHeader(String stamp, String guard, List<String> includes, boolean int128, List<Constant> constants,
               List<Enum> enums, List<Declaration> declarations) {

    /** Exactly one of the two is set. */
    record Declaration(Container container, Struct struct) {
    }

    /** {@code isEnum}: declared as an enum constant (an int); else as a {@code static const cType}. */
    record Constant(String name, String value, String cType, boolean isEnum, List<String> doc) {
    }

    record Enum(String name, String kind, String base, String cType, List<Constant> values, List<String> doc) {
    }

    record Member(String declaration, String comment, List<String> doc) {
    }

    record Container(String name, String guard, List<Member> members, List<String> asserts, List<String> doc) {
    }

    record Struct(String name, String typeName, long size, long alignment, List<Member> members,
                  List<String> asserts, List<String> doc) {
    }
}

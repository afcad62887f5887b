package io.ioxschema.gen.python;

import java.util.List;

/** What the Python module template renders; every decision is already made. */
record PythonModule(String stamp, String packageName, String module, List<String> imports, List<String> exports,
                    List<Constant> constants, List<Enum> enums, List<Declaration> declarations,
                    List<Service> services) {

    public boolean hasEnums() {
        return !enums.isEmpty();
    }

    /** A docstring: its first line, then the others, where an empty line renders blank. */
    record Doc(String first, List<Line> rest) {
        public boolean single() {
            return rest.isEmpty();
        }
    }

    record Line(String text) {
    }

    /** A schema service: its name constant and the function that returns the wheel's builder. */
    record Service(String constant, String name, String declaration, String function, Doc doc, List<String> chain) {
    }

    /** Exactly one of the two is set. */
    record Declaration(Container container, Struct struct) {
    }

    record Constant(String name, String value, List<String> comments) {
    }

    /** {@code base} is {@code enum.IntEnum} or {@code enum.IntFlag}. */
    record Enum(String name, String base, Doc doc, List<Member> members) {
    }

    record Member(String name, String value, List<String> comments) {
    }

    /** A ctypes {@code _fields_} entry; {@code name} is the schema's, exactly. */
    record Field(String name, String ctype, String comment) {
    }

    /** {@code enumClass} is null unless the elements are enum values. */
    record Container(String name, String base, long capacity, String enumClass, Doc doc, List<Field> fields,
                     LayoutCheck check) {
    }

    /**
     * {@code align} ({@code _align_}, honoured from Python 3.13) is null unless the alignment
     * is beyond what ctypes can express otherwise; {@code typeName} is a string literal.
     */
    record Struct(String name, Doc doc, Long align, List<Field> fields, long size, long alignment, String typeName,
                  List<Accessor> accessors, LayoutCheck check) {
    }

    /** {@code get_<field>()} and {@code set_<field>()}; {@code enumArgument} is "" or ", EnumClass". */
    record Accessor(String field, String getter, String setter, String enumArgument, String plainType,
                    String getterDoc, String setterDoc) {
    }

    /** The arguments of the import-time {@code _iox.check_layout(...)} call. */
    record LayoutCheck(String cls, String target, long size, long alignment, long alignmentBefore313,
                       List<Offset> offsets) {
    }

    /** {@code name} as a Python string literal. */
    record Offset(String name, long offset) {
    }
}

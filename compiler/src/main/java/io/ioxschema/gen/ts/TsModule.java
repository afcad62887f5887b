package io.ioxschema.gen.ts;

import java.util.List;

/**
 * What the module template renders; every decision is already made. Doc lists hold the text
 * of JSDoc lines after the leading "*" (empty for a blank line).
 */
record TsModule(String stamp, String packageName, String runtime, List<Import> imports, List<Constant> constants,
                List<Enum> enums, List<Struct> structs) {

    record Import(String alias, String path) {
    }

    record Constant(String name, String value, List<String> doc) {
        public boolean documented() {
            return !doc.isEmpty();
        }
    }

    /** {@code type}: what the enum's type alias stands for. */
    record Enum(String name, String type, List<Constant> values, List<String> doc, List<String> typeDoc) {
        public boolean documented() {
            return !doc.isEmpty();
        }
    }

    record Struct(String name, String typeName, long size, long alignment, List<Field> fields, List<Place> padding,
                  List<String> doc) {
        public boolean padded() {
            return !padding.isEmpty();
        }
    }

    /** {@code name}: the property name; {@code setter} is null for a field written through its view. */
    record Field(String name, long offset, long size, long alignment, String type, String getter, String setter,
                 List<String> doc) {
    }

    record Place(long offset, long size) {
    }
}

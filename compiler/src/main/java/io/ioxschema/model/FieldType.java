package io.ioxschema.model;

/** The type of a struct field, fully resolved. */
public sealed interface FieldType
        permits FieldType.Scalar, FieldType.Array, FieldType.FixedString, FieldType.FixedVec,
                FieldType.StructRef, FieldType.EnumRef {

    /** How the type is written in the schema, e.g. {@code [u8; 16]} or {@code vec<f32, 64>}. */
    String schemaText();

    record Scalar(Primitive primitive) implements FieldType {
        public String schemaText() {
            return primitive.keyword();
        }
    }

    record Array(FieldType element, long length) implements FieldType {
        public String schemaText() {
            return "[" + element.schemaText() + "; " + length + "]";
        }
    }

    /** iceoryx2 {@code StaticString<capacity>}. */
    record FixedString(long capacity) implements FieldType {
        public String schemaText() {
            return "string<" + capacity + ">";
        }
    }

    /** iceoryx2 {@code StaticVec<element, capacity>}. */
    record FixedVec(FieldType element, long capacity) implements FieldType {
        public String schemaText() {
            return "vec<" + element.schemaText() + ", " + capacity + ">";
        }
    }

    record StructRef(StructDef struct) implements FieldType {
        public String schemaText() {
            return struct.name();
        }
    }

    /** An enum or a flags type; both are stored as their base integer. */
    record EnumRef(EnumDef enumDef) implements FieldType {
        public String schemaText() {
            return enumDef.name();
        }
    }
}

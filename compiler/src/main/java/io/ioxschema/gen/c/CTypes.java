package io.ioxschema.gen.c;

import io.ioxschema.gen.IntegerLiterals;
import io.ioxschema.gen.PrimitiveTable;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.Primitive;

/** C spellings of field types: declarators for arrays, and names for iceoryx2's containers. */
final class CTypes {

    private CTypes() {
    }

    /** A declaration of {@code name} with this type, e.g. {@code float matrix[4][4]}. */
    static String declare(FieldType type, String name) {
        StringBuilder dims = new StringBuilder();
        FieldType element = type;
        while (element instanceof FieldType.Array a) {
            dims.append('[').append(a.length()).append(']');
            element = a.element();
        }
        return typeName(element) + " " + name + dims;
    }

    /** The C name of a non-array type. */
    static String typeName(FieldType type) {
        return switch (type) {
            case FieldType.Scalar s -> PrimitiveTable.of(s.primitive()).c();
            case FieldType.EnumRef e -> e.enumDef().name();
            case FieldType.StructRef r -> r.struct().name();
            case FieldType.FixedString s -> "iox_string_" + s.capacity();
            case FieldType.FixedVec v -> "iox_vec_" + mangle(v.element()) + "_" + v.capacity();
            case FieldType.Array a -> throw new IllegalArgumentException("arrays are declarators in C");
        };
    }

    /** A unique identifier fragment for a type, used to name container instances. */
    static String mangle(FieldType type) {
        return switch (type) {
            case FieldType.Scalar s -> s.primitive().keyword();
            case FieldType.EnumRef e -> e.enumDef().packageName().replace('.', '_') + "_" + e.enumDef().name();
            case FieldType.StructRef r -> r.struct().packageName().replace('.', '_') + "_" + r.struct().name();
            case FieldType.FixedString s -> "s" + s.capacity();
            case FieldType.FixedVec v -> "v" + v.capacity() + "_" + mangle(v.element());
            case FieldType.Array a -> "a" + a.length() + "_" + mangle(a.element());
        };
    }

    /** A C integer constant expression of the given type. */
    static String literal(java.math.BigInteger value, Primitive type) {
        if (type.bits() == 128) {
            java.math.BigInteger mask = java.math.BigInteger.ONE.shiftLeft(64).subtract(java.math.BigInteger.ONE);
            java.math.BigInteger bits = value.and(java.math.BigInteger.ONE.shiftLeft(128).subtract(java.math.BigInteger.ONE));
            String high = "0x" + bits.shiftRight(64).toString(16) + "ULL";
            String low = "0x" + bits.and(mask).toString(16) + "ULL";
            return "((" + PrimitiveTable.of(type).c() + ")(((iox_u128)" + high + " << 64) | " + low + "))";
        }
        return "((" + PrimitiveTable.of(type).c() + ")" + IntegerLiterals.untyped(value) + ")";
    }
}

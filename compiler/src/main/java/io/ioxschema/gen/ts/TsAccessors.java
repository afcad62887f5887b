package io.ioxschema.gen.ts;

import io.ioxschema.gen.PrimitiveTable;
import io.ioxschema.layout.FieldLayout;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.Primitive;

/**
 * The getter and setter of one field: explicit little-endian DataView access for scalars,
 * views for everything that is not a value. Nothing but the field's own bytes is touched.
 */
final class TsAccessors {

    private static final String VIEW = "this." + TsGenerator.VIEW_PROPERTY;
    private static final String RUNTIME = TsTypes.RUNTIME;

    /** {@code setter} is null for a read-only field (its view is written through). */
    record Accessor(String type, String getter, String setter) {
    }

    private final SchemaLayout layout;
    private final TsTypes types;

    TsAccessors(SchemaLayout layout, TsTypes types) {
        this.layout = layout;
        this.types = types;
    }

    Accessor of(FieldLayout field) {
        FieldType type = field.field().type();
        long o = field.offset();
        String valueType = types.valueType(type, field.alignment());
        return switch (type) {
            case FieldType.Scalar s -> new Accessor(valueType, read(s.primitive(), o),
                    write(s.primitive(), o, field.field().name()));
            case FieldType.EnumRef e -> new Accessor(valueType, read(e.enumDef().base(), o) + " as " + valueType,
                    write(e.enumDef().base(), o, field.field().name()));
            case FieldType.FixedString s -> {
                String place = VIEW + ", " + o + ", " + s.capacity() + ", " + layout.lengthOffset(type);
                yield new Accessor(valueType, RUNTIME + ".readString(" + place + ")",
                        RUNTIME + ".writeString(" + place + ", value)");
            }
            case FieldType.StructRef r -> new Accessor(valueType,
                    "new " + types.reference(r.struct()) + "(" + VIEW + ".buffer, " + VIEW + ".byteOffset + " + o + ")",
                    null);
            case FieldType.Array a -> new Accessor(valueType, TsTypes.typedArray(a, field.alignment())
                    .map(t -> "new " + t + "(" + VIEW + ".buffer, " + VIEW + ".byteOffset + " + o + ", " + a.length() + ")")
                    .orElseGet(() -> "new " + RUNTIME + "." + (TsTypes.isValue(a.element()) ? "ValueArray" : "ViewArray")
                            + "(" + VIEW + ", " + o + ", " + types.element(a.element()) + ", " + a.length() + ")"),
                    null);
            case FieldType.FixedVec v -> new Accessor(valueType, "new " + RUNTIME + "."
                    + (TsTypes.isValue(v.element()) ? "ValueVec" : "ViewVec") + "(" + VIEW + ", " + o + ", "
                    + types.element(v.element()) + ", " + v.capacity() + ", " + layout.lengthOffset(type) + ")", null);
        };
    }

    private static String read(Primitive primitive, long offset) {
        return switch (primitive) {
            case BOOL -> VIEW + ".getUint8(" + offset + ") !== 0";
            case U128 -> RUNTIME + ".getU128(" + VIEW + ", " + offset + ")";
            case I128 -> RUNTIME + ".getI128(" + VIEW + ", " + offset + ")";
            default -> VIEW + ".get" + PrimitiveTable.of(primitive).dataView() + "(" + offset + endian(primitive) + ")";
        };
    }

    private static String write(Primitive primitive, long offset, String field) {
        String value = checked(primitive, field);
        return switch (primitive) {
            case BOOL -> VIEW + ".setUint8(" + offset + ", value ? 1 : 0)";
            case U128, I128 -> RUNTIME + ".set128(" + VIEW + ", " + offset + ", " + value + ")";
            default -> VIEW + ".set" + PrimitiveTable.of(primitive).dataView() + "(" + offset + ", " + value
                    + endian(primitive) + ")";
        };
    }

    /** {@code value}, range-checked if it is an integer: DataView would wrap it silently. */
    private static String checked(Primitive primitive, String field) {
        if (!primitive.isInteger()) {
            return "value";
        }
        String what = "\"" + field + "\"";
        return primitive.bits() > 32
                ? RUNTIME + ".bigInRange(value, " + primitive.min() + "n, " + primitive.max() + "n, " + what + ")"
                : RUNTIME + ".inRange(value, " + primitive.min() + ", " + primitive.max() + ", " + what + ")";
    }

    /** DataView's one-byte accessors take no byte order. */
    private static String endian(Primitive primitive) {
        return primitive.byteSize() > 1 ? ", true" : "";
    }
}

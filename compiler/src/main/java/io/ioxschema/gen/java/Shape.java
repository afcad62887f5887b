package io.ioxschema.gen.java;

import io.ioxschema.model.EnumDef;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.Primitive;
import io.ioxschema.model.StructDef;

/**
 * How a schema type looks in the generated Java: a Java primitive, a Java enum, or a view
 * (a reusable flyweight over the value's bytes).
 */
sealed interface Shape {

    /** A primitive up to 64 bits, or a flags type as its base: a Java primitive value. */
    record Scalar(Primitive primitive, EnumDef flags) implements Shape {
    }

    /** An enum: a Java enum, with raw accessors beside it; over a 128-bit base the raw value is a view. */
    record Enumerated(EnumDef def) implements Shape {
        boolean wide() {
            return def.base().bits() == 128;
        }
    }

    /** A 128-bit integer, or flags over one: a view of two {@code long} halves. */
    record Wide(Primitive primitive, EnumDef flags) implements Shape {
    }

    record Struct(StructDef def) implements Shape {
    }

    record Text(FieldType.FixedString type) implements Shape {
    }

    record Vec(FieldType.FixedVec type) implements Shape {
    }

    record Array(FieldType.Array type) implements Shape {
    }

    static Shape of(FieldType type) {
        return switch (type) {
            case FieldType.Scalar s -> s.primitive().bits() == 128 ? new Wide(s.primitive(), null)
                    : new Scalar(s.primitive(), null);
            case FieldType.EnumRef e when !e.enumDef().isFlags() -> new Enumerated(e.enumDef());
            case FieldType.EnumRef e -> e.enumDef().base().bits() == 128 ? new Wide(e.enumDef().base(), e.enumDef())
                    : new Scalar(e.enumDef().base(), e.enumDef());
            case FieldType.StructRef r -> new Struct(r.struct());
            case FieldType.FixedString s -> new Text(s);
            case FieldType.FixedVec v -> new Vec(v);
            case FieldType.Array a -> new Array(a);
        };
    }

    /** A view: read through a reusable child flyweight rather than as a value. */
    default boolean isView() {
        return !(this instanceof Scalar) && !(this instanceof Enumerated);
    }
}

package io.ioxschema.layout;

import io.ioxschema.model.FieldType;
import io.ioxschema.model.Primitive;
import io.ioxschema.model.StructDef;
import java.util.function.Function;

/** Size and alignment of field types, including iceoryx2's {@code StaticString} and {@code StaticVec}. */
final class TypeLayouts {

    /** Bytes of the {@code u64} length that ends a {@code StaticString} and a {@code StaticVec}. */
    private static final long LENGTH_SIZE = 8;

    private TypeLayouts() {
    }

    static TypeLayout of(FieldType type, TargetAbi target, Function<StructDef, StructLayout> structs) {
        return switch (type) {
            case FieldType.Scalar s -> target.of(s.primitive());
            case FieldType.EnumRef e -> target.of(e.enumDef().base());
            case FieldType.StructRef r -> {
                StructLayout layout = structs.apply(r.struct());
                yield new TypeLayout(layout.size(), layout.alignment());
            }
            case FieldType.Array a -> {
                TypeLayout element = of(a.element(), target, structs);
                yield new TypeLayout(Math.multiplyExact(element.size(), a.length()), element.alignment());
            }
            case FieldType.FixedString s -> {
                // #[repr(C)] { data: [u8; N], terminator: u8, len: u64 }
                long alignment = target.of(Primitive.U64).alignment();
                long end = Math.addExact(lengthOffset(type, target, structs), LENGTH_SIZE);
                yield new TypeLayout(alignUp(end, alignment), alignment);
            }
            case FieldType.FixedVec v -> {
                // #[repr(C)] { data: [T; N], len: u64 }
                TypeLayout element = of(v.element(), target, structs);
                long alignment = Math.max(element.alignment(), target.of(Primitive.U64).alignment());
                // From the element computed once: asking lengthOffset would lay the element out again,
                // which doubles the work per level of nested vecs.
                long end = Math.addExact(vecLengthOffset(element, v.capacity(), target), LENGTH_SIZE);
                yield new TypeLayout(alignUp(end, alignment), alignment);
            }
        };
    }

    static long lengthOffset(FieldType type, TargetAbi target, Function<StructDef, StructLayout> structs) {
        long lengthAlignment = target.of(Primitive.U64).alignment();
        return switch (type) {
            case FieldType.FixedString s -> alignUp(Math.addExact(s.capacity(), 1), lengthAlignment);
            case FieldType.FixedVec v -> vecLengthOffset(of(v.element(), target, structs), v.capacity(), target);
            default -> throw new IllegalArgumentException(type.schemaText() + " has no length field");
        };
    }

    private static long vecLengthOffset(TypeLayout element, long capacity, TargetAbi target) {
        return alignUp(Math.multiplyExact(element.size(), capacity), target.of(Primitive.U64).alignment());
    }

    static long alignUp(long value, long alignment) {
        return Math.addExact(value, alignment - 1) / alignment * alignment;
    }
}

package io.ioxschema.layout;

import io.ioxschema.model.FieldDef;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.Primitive;
import io.ioxschema.model.StructDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Lays out structs by the C rules on one target; sizes that overflow throw {@link ArithmeticException}. */
final class StructLayouter {

    private final TargetAbi target;
    private final Map<String, StructLayout> done = new HashMap<>();

    StructLayouter(TargetAbi target) {
        this.target = target;
    }

    Map<String, StructLayout> layouts() {
        return Map.copyOf(done);
    }

    StructLayout layout(StructDef struct) {
        StructLayout known = done.get(struct.qualifiedName());
        if (known != null) {
            return known;
        }
        List<FieldLayout> fields = new ArrayList<>();
        List<Padding> padding = new ArrayList<>();
        long offset = 0;
        long alignment = struct.align().orElse(1);
        for (FieldDef field : struct.fields()) {
            TypeLayout type = TypeLayouts.of(field.type(), target, this::layout);
            long fieldAlignment = Math.max(type.alignment(), field.align().orElse(1));
            long start = TypeLayouts.alignUp(offset, fieldAlignment);
            if (start > offset) {
                padding.add(new Padding(offset, start - offset));
            }
            fields.add(new FieldLayout(field, start, type.size(), fieldAlignment));
            offset = Math.addExact(start, type.size());
            alignment = Math.max(alignment, fieldAlignment);
        }
        long size = TypeLayouts.alignUp(offset, alignment);
        if (size > offset) {
            padding.add(new Padding(offset, size - offset));
        }
        StructLayout layout = new StructLayout(struct, size, alignment, fields, padding);
        done.put(struct.qualifiedName(), layout);
        return layout;
    }

    /** The alignment a field of this type has on this target without {@code @align}. */
    long naturalAlignment(FieldType type) {
        return TypeLayouts.of(type, target, this::layout).alignment();
    }

    /** The primitives a type uses, through arrays, vecs, enums and nested structs. */
    static Stream<Primitive> primitivesOf(FieldType type) {
        return switch (type) {
            case FieldType.Scalar s -> Stream.of(s.primitive());
            case FieldType.EnumRef e -> Stream.of(e.enumDef().base());
            case FieldType.Array a -> primitivesOf(a.element());
            case FieldType.FixedVec v -> Stream.concat(primitivesOf(v.element()), Stream.of(Primitive.U64));
            case FieldType.FixedString s -> Stream.of(Primitive.U8, Primitive.U64);
            case FieldType.StructRef r -> r.struct().fields().stream().flatMap(f -> primitivesOf(f.type()));
        };
    }

    static boolean supports(TargetAbi target, StructDef struct) {
        Set<Primitive> used = Set.copyOf(struct.fields().stream().flatMap(f -> primitivesOf(f.type())).toList());
        return used.stream().allMatch(target::supports);
    }
}

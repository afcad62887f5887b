package io.ioxschema.layout;

import io.ioxschema.model.FieldType;
import io.ioxschema.model.Primitive;
import io.ioxschema.model.StructDef;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The primitives a type uses, through arrays, vecs, enums and nested structs. Remembered
 * per struct: structs that share nested types would otherwise be walked once per path,
 * which grows exponentially with the nesting.
 */
final class PrimitiveUse {

    private final Map<StructDef, Set<Primitive>> byStruct = new IdentityHashMap<>();

    Set<Primitive> of(FieldType type) {
        return walk(type, this::of);
    }

    Set<Primitive> of(StructDef struct) {
        Set<Primitive> known = byStruct.get(struct);
        if (known != null) {
            return known;
        }
        Set<Primitive> used = EnumSet.noneOf(Primitive.class);
        struct.fields().forEach(f -> used.addAll(of(f.type())));
        byStruct.put(struct, used);
        return used;
    }

    boolean supports(TargetAbi target, StructDef struct) {
        return of(struct).stream().allMatch(target::supports);
    }

    /** The primitives a type uses itself, leaving out those of nested structs (they are checked on their own). */
    static Set<Primitive> direct(FieldType type) {
        return walk(type, struct -> Set.of());
    }

    private static Set<Primitive> walk(FieldType type, Function<StructDef, Set<Primitive>> structs) {
        Set<Primitive> used = EnumSet.noneOf(Primitive.class);
        switch (type) {
            case FieldType.Scalar s -> used.add(s.primitive());
            case FieldType.EnumRef e -> used.add(e.enumDef().base());
            case FieldType.Array a -> used.addAll(walk(a.element(), structs));
            case FieldType.FixedVec v -> {
                used.addAll(walk(v.element(), structs));
                used.add(Primitive.U64);
            }
            case FieldType.FixedString s -> used.addAll(List.of(Primitive.U8, Primitive.U64));
            case FieldType.StructRef r -> used.addAll(structs.apply(r.struct()));
        }
        return used;
    }
}

package io.ioxschema.gen;

import io.ioxschema.model.FieldType;
import io.ioxschema.model.Module;
import io.ioxschema.model.StructDef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A module's structs ordered so each comes after the structs it contains by value (the
 * schema allows forward references; C, C++ and Python class bodies do not).
 */
public final class DeclarationOrder {

    private DeclarationOrder() {
    }

    public static List<StructDef> structs(Module module) {
        Set<String> own = new LinkedHashSet<>(module.structs().stream().map(StructDef::qualifiedName).toList());
        Set<String> placed = new LinkedHashSet<>();
        List<StructDef> ordered = new ArrayList<>();
        for (StructDef struct : module.structs()) {
            place(struct, own, placed, ordered);
        }
        return List.copyOf(ordered);
    }

    private static void place(StructDef struct, Set<String> own, Set<String> placed, List<StructDef> ordered) {
        if (!own.contains(struct.qualifiedName()) || !placed.add(struct.qualifiedName())) {
            return;
        }
        struct.fields().forEach(f -> dependencies(f.type()).forEach(d -> place(d, own, placed, ordered)));
        ordered.add(struct);
    }

    /** The structs a field type contains by value. */
    public static List<StructDef> dependencies(FieldType type) {
        return switch (type) {
            case FieldType.StructRef r -> List.of(r.struct());
            case FieldType.Array a -> dependencies(a.element());
            case FieldType.FixedVec v -> dependencies(v.element());
            default -> List.of();
        };
    }
}

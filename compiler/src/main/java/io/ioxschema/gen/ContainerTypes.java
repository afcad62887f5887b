package io.ioxschema.gen;

import io.ioxschema.model.FieldType;
import io.ioxschema.model.Module;
import io.ioxschema.model.StructDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct {@code string<N>} and {@code vec<T, N>} types a module's structs use, inner
 * ones first, for languages that declare a named type per instance (C, and TypeScript views).
 */
public final class ContainerTypes {

    private ContainerTypes() {
    }

    public static List<FieldType> of(Module module) {
        Map<String, FieldType> found = new LinkedHashMap<>();
        for (StructDef struct : DeclarationOrder.structs(module)) {
            struct.fields().forEach(f -> collect(f.type(), found));
        }
        return new ArrayList<>(found.values());
    }

    private static void collect(FieldType type, Map<String, FieldType> found) {
        switch (type) {
            case FieldType.Array a -> collect(a.element(), found);
            case FieldType.FixedVec v -> {
                collect(v.element(), found);
                found.putIfAbsent(type.schemaText(), type);
            }
            case FieldType.FixedString s -> found.putIfAbsent(type.schemaText(), type);
            default -> {
            }
        }
    }
}

package io.ioxschema.layout;

import io.ioxschema.model.FieldType;
import io.ioxschema.model.Schema;
import io.ioxschema.model.StructDef;
import java.util.List;
import java.util.Map;

/**
 * The layout of every struct of a schema on one target, computed once and handed to every
 * generator and report.
 */
public record SchemaLayout(Schema schema, TargetAbi target, Map<String, StructLayout> structs) {
    public SchemaLayout {
        structs = Map.copyOf(structs);
    }

    public StructLayout of(StructDef struct) {
        StructLayout layout = structs.get(struct.qualifiedName());
        if (layout == null) {
            throw new IllegalArgumentException("no layout for " + struct.qualifiedName());
        }
        return layout;
    }

    /** Size and alignment of any field type on this target. */
    public TypeLayout of(FieldType type) {
        return TypeLayouts.of(type, target, this::of);
    }

    /** The offset of the {@code u64} length inside a {@code string<N>} or {@code vec<T, N>}. */
    public long lengthOffset(FieldType type) {
        return TypeLayouts.lengthOffset(type, target, this::of);
    }

    public List<StructLayout> inSchemaOrder() {
        return schema.allStructs().stream().map(this::of).toList();
    }
}

package io.ioxschema.layout;

import io.ioxschema.model.StructDef;
import java.util.List;

/** A struct's layout on one target: every field's place, and every hole including the tail. */
public record StructLayout(StructDef struct, long size, long alignment, List<FieldLayout> fields,
                           List<Padding> padding) {
    public StructLayout {
        fields = List.copyOf(fields);
        padding = List.copyOf(padding);
    }

    public FieldLayout field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + name + " in " + struct.name()));
    }
}

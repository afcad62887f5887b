package io.ioxschema.layout;

import io.ioxschema.model.FieldDef;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.StructDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
}

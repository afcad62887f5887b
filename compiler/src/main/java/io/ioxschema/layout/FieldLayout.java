package io.ioxschema.layout;

import io.ioxschema.model.FieldDef;

/** Where a field sits in its struct; {@code alignment} is the effective one, raised by {@code @align}. */
public record FieldLayout(FieldDef field, long offset, long size, long alignment) {
    public String name() {
        return field.name();
    }

    public long end() {
        return offset + size;
    }
}

package io.ioxschema.model;

import io.ioxschema.source.SourceSpan;
import java.util.List;
import java.util.OptionalLong;

/**
 * A struct; {@code typeName} is the iceoryx2 type name, {@code align} the {@code @align}
 * written on it, if any.
 */
public record StructDef(String name, String packageName, String typeName, OptionalLong align,
                        List<FieldDef> fields, Doc doc, SourceSpan span) implements TypeDef {
    public StructDef {
        fields = List.copyOf(fields);
    }
}

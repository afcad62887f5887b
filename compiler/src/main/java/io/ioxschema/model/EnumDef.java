package io.ioxschema.model;

import io.ioxschema.source.SourceSpan;
import java.util.List;

/** An enum or flags type over an integer base type. */
public record EnumDef(String name, String packageName, boolean isFlags, Primitive base,
                      List<EnumValue> values, Doc doc, SourceSpan span) implements TypeDef {
    public EnumDef {
        values = List.copyOf(values);
    }

    public String kindName() {
        return isFlags ? "flags" : "enum";
    }
}

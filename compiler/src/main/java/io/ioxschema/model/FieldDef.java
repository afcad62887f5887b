package io.ioxschema.model;

import io.ioxschema.source.SourceSpan;
import java.util.OptionalLong;

/** A struct field; {@code align} is the {@code @align} written on it, if any. */
public record FieldDef(String name, FieldType type, OptionalLong align, Doc doc, SourceSpan span) {
}

package io.ioxschema.model;

import io.ioxschema.source.SourceSpan;
import java.math.BigInteger;

public record EnumValue(String name, BigInteger value, Doc doc, SourceSpan span) {
}

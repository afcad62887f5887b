package io.ioxschema.model;

import io.ioxschema.source.SourceSpan;
import java.math.BigInteger;
import java.util.Optional;

/** An integer constant; {@code type} is the declared type, if one was written. */
public record ConstDef(String name, String packageName, Optional<Primitive> type, BigInteger value,
                       Doc doc, SourceSpan span) {

    /** The type generated code stores the constant in: the declared one, else i64, else u64 (what fits). */
    public Primitive storageType() {
        return type.orElse(Primitive.I64.fits(value) ? Primitive.I64 : Primitive.U64);
    }
}

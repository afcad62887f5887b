package io.ioxschema.gen;

import io.ioxschema.model.Primitive;
import java.math.BigInteger;

/** Integer literals that C and C++ read back as exactly the same value. */
public final class IntegerLiterals {

    private IntegerLiterals() {
    }

    /** A literal of up to 64 bits, suffixed where it exceeds {@code int}, so it keeps its value. */
    public static String untyped(BigInteger value) {
        if (value.bitLength() < 32) {
            return value.toString();
        }
        if (value.signum() < 0) {
            // -9223372036854775808 is not a literal: write it as (-MAX - 1).
            return value.equals(Primitive.I64.min()) ? "(-9223372036854775807LL - 1)" : value + "LL";
        }
        return value.bitLength() < 64 ? value + "LL" : value + "ULL";
    }
}

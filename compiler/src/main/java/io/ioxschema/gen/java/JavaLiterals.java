package io.ioxschema.gen.java;

import io.ioxschema.model.Primitive;
import java.math.BigInteger;

/** Java expressions of exact integer values, typed as the generated API types them. */
public final class JavaLiterals {

    private JavaLiterals() {
    }

    /**
     * An expression of {@code value} with the API type of {@code type}: {@code (byte) -5},
     * {@code 4000000000L}, {@code 0xffffffffffffffffL} for a {@code u64} above
     * {@code Long.MAX_VALUE} (its bits), {@code new java.math.BigInteger("...")} for 128 bits.
     */
    public static String of(BigInteger value, Primitive type) {
        if (type.bits() == 128) {
            return "new java.math.BigInteger(\"" + value + "\")";
        }
        return switch (JavaTypes.value(type).toString()) {
            case "byte" -> "(byte) " + value;
            case "short" -> "(short) " + value;
            case "long" -> value.bitLength() < 64 ? value + "L" : "0x" + value.toString(16) + "L";
            default -> value.toString();
        };
    }

    /** A case label or constant initialiser: a plain literal, which narrows to byte and short by itself. */
    static String constant(BigInteger value, Primitive type) {
        String literal = of(value, type);
        return literal.startsWith("(") ? value.toString() : literal;
    }
}

package io.ioxschema.model;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/** The schema's primitive types; sizes and alignments per target live in the target ABI. */
public enum Primitive {
    BOOL("bool", Kind.BOOL, 8),
    U8("u8", Kind.UNSIGNED, 8),
    U16("u16", Kind.UNSIGNED, 16),
    U32("u32", Kind.UNSIGNED, 32),
    U64("u64", Kind.UNSIGNED, 64),
    U128("u128", Kind.UNSIGNED, 128),
    I8("i8", Kind.SIGNED, 8),
    I16("i16", Kind.SIGNED, 16),
    I32("i32", Kind.SIGNED, 32),
    I64("i64", Kind.SIGNED, 64),
    I128("i128", Kind.SIGNED, 128),
    F32("f32", Kind.FLOAT, 32),
    F64("f64", Kind.FLOAT, 64);

    public enum Kind { BOOL, UNSIGNED, SIGNED, FLOAT }

    private final String keyword;
    private final Kind kind;
    private final int bits;

    Primitive(String keyword, Kind kind, int bits) {
        this.keyword = keyword;
        this.kind = kind;
        this.bits = bits;
    }

    public static Optional<Primitive> byKeyword(String keyword) {
        return Arrays.stream(values()).filter(p -> p.keyword.equals(keyword)).findFirst();
    }

    public String keyword() {
        return keyword;
    }

    public Kind kind() {
        return kind;
    }

    public int bits() {
        return bits;
    }

    public int byteSize() {
        return bits / 8;
    }

    public boolean isInteger() {
        return kind == Kind.UNSIGNED || kind == Kind.SIGNED;
    }

    public boolean isSigned() {
        return kind == Kind.SIGNED;
    }

    public BigInteger min() {
        return isSigned() ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
    }

    public BigInteger max() {
        return isSigned() ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
    }

    public boolean fits(BigInteger value) {
        return isInteger() && value.compareTo(min()) >= 0 && value.compareTo(max()) <= 0;
    }

    @Override
    public String toString() {
        return keyword;
    }
}

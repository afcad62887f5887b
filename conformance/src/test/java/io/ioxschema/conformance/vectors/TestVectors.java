package io.ioxschema.conformance.vectors;

import io.ioxschema.model.EnumDef;
import io.ioxschema.model.EnumValue;
import io.ioxschema.model.FieldDef;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.Primitive;
import io.ioxschema.model.StructDef;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The deterministic pattern of values every language writes for a struct: each leaf gets
 * the next number of a counter, spread so that every byte lane of a wide integer differs,
 * negative numbers and full-capacity strings and vecs come up, and floats are exact.
 */
public final class TestVectors {

    private static final BigInteger SPREAD = new BigInteger("9E3779B97F4A7C15F39CC0605CEDC835", 16);
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _-";

    private int counter;

    private TestVectors(int seed) {
        this.counter = seed;
    }

    /** The value of {@code struct}; the seed makes different structs of one fixture differ. */
    public static Value.StructOf of(StructDef struct, int seed) {
        return new TestVectors(seed).struct(struct);
    }

    private Value.StructOf struct(StructDef struct) {
        LinkedHashMap<String, Value> fields = new LinkedHashMap<>();
        for (FieldDef field : struct.fields()) {
            fields.put(field.name(), value(field.type()));
        }
        return new Value.StructOf(struct, fields);
    }

    private Value value(FieldType type) {
        return switch (type) {
            case FieldType.Scalar s -> scalar(s.primitive(), ++counter);
            case FieldType.EnumRef e -> enumerated(e.enumDef(), ++counter);
            case FieldType.StructRef r -> struct(r.struct());
            case FieldType.Array a -> {
                List<Value> elements = new ArrayList<>();
                for (long i = 0; i < a.length(); i++) {
                    elements.add(value(a.element()));
                }
                yield new Value.ArrayOf(elements);
            }
            case FieldType.FixedString s -> text(s.capacity(), ++counter);
            case FieldType.FixedVec v -> {
                int k = ++counter;
                long length = k % 4 == 0 ? v.capacity() : Math.min(v.capacity(), 1 + k % 3);
                List<Value> elements = new ArrayList<>();
                for (long i = 0; i < length; i++) {
                    elements.add(value(v.element()));
                }
                yield new Value.VecOf(v.capacity(), elements);
            }
        };
    }

    static Value.Scalar scalar(Primitive type, int k) {
        return switch (type.kind()) {
            case BOOL -> Value.Scalar.ofBool(k % 2 == 1);
            case FLOAT -> Value.Scalar.ofFloat(type, (k % 3 == 0 ? -1 : 1) * (k + 0.25));
            case UNSIGNED, SIGNED -> {
                BigInteger bits = SPREAD.multiply(BigInteger.valueOf(k)).add(BigInteger.valueOf(k))
                        .mod(BigInteger.ONE.shiftLeft(type.bits()));
                yield Value.Scalar.ofInteger(type, type.isSigned() && bits.testBit(type.bits() - 1)
                        ? bits.subtract(BigInteger.ONE.shiftLeft(type.bits())) : bits);
            }
        };
    }

    private static Value.Enumerated enumerated(EnumDef type, int k) {
        List<EnumValue> values = type.values();
        if (!type.isFlags()) {
            EnumValue chosen = values.get(k % values.size());
            return new Value.Enumerated(type, chosen.value(), chosen.name());
        }
        BigInteger raw = BigInteger.ZERO;
        for (int i = 0; i < values.size(); i++) {
            if (((k >> i) & 1) == 1 || values.size() == 1) {
                raw = raw.or(values.get(i).value());
            }
        }
        return new Value.Enumerated(type, raw, null);
    }

    private static Value.Text text(long capacity, int k) {
        long length = k % 4 == 0 ? capacity : Math.min(capacity, 1 + k % 11);
        StringBuilder text = new StringBuilder();
        for (long i = 0; i < length; i++) {
            text.append(ALPHABET.charAt((int) ((k + i * 7) % ALPHABET.length())));
        }
        return new Value.Text(capacity, text.toString());
    }
}

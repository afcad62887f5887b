package io.ioxschema.conformance.vectors;

import io.ioxschema.model.EnumDef;
import io.ioxschema.model.Primitive;
import io.ioxschema.model.StructDef;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A value of a schema type, as a tree: what each language's test program writes and then
 * checks field by field. Leaves are the numbers, strings and enum values.
 */
public sealed interface Value {

    /** bool, integers (as BigInteger, two's complement range of the type) and floats (as the exact double). */
    record Scalar(Primitive type, BigInteger integer, double floating, boolean bool) implements Value {
        public static Scalar ofInteger(Primitive type, BigInteger v) {
            return new Scalar(type, v, 0, false);
        }

        public static Scalar ofFloat(Primitive type, double v) {
            return new Scalar(type, BigInteger.ZERO, v, false);
        }

        public static Scalar ofBool(boolean v) {
            return new Scalar(Primitive.BOOL, BigInteger.ZERO, 0, v);
        }
    }

    /** An enum or flags value: the raw integer, and the declared name when it is a single enum value. */
    record Enumerated(EnumDef type, BigInteger raw, String valueName) implements Value {
    }

    /** A {@code string<N>}: ASCII only, so every language's helper encodes it the same way. */
    record Text(long capacity, String text) implements Value {
    }

    record ArrayOf(List<Value> elements) implements Value {
    }

    record VecOf(long capacity, List<Value> elements) implements Value {
    }

    record StructOf(StructDef type, LinkedHashMap<String, Value> fields) implements Value {
    }
}

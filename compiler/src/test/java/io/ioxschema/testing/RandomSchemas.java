package io.ioxschema.testing;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random valid schemas as text, for property tests of the layout engine, the generators and
 * anything else that takes a schema. Each schema has constants, enums and flags of random
 * bases, and acyclic structs whose fields are primitives, nested arrays, {@code string<N>},
 * {@code vec<T, N>}, enums and structs, with {@code @align} on fields and structs (always a
 * power of two at or above the natural alignment on every target), {@code @type_name}, doc
 * comments and services. Declarations come in random order, since a name may be used before
 * its declaration.
 */
public final class RandomSchemas {

    private RandomSchemas() {
    }

    /**
     * Random valid schemas. With {@code with128Bit} they may use {@code u128} and {@code i128},
     * which makes them valid only for the 64-bit targets; without it they are valid for all.
     */
    public static Arbitrary<String> schemas(boolean with128Bit) {
        // Built from jqwik's Random so a failing try replays from its seed; values do not shrink.
        return Arbitraries.randomValue(random -> generate(random, with128Bit));
    }

    /** One random valid schema, determined by {@code random}'s state. */
    public static String generate(Random random, boolean with128Bit) {
        return new RandomSchemaGenerator(random, with128Bit).schema();
    }
}

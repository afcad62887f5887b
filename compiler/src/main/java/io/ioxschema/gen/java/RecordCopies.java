package io.ioxschema.gen.java;

import com.palantir.javapoet.CodeBlock;

/**
 * Copies between a view and plain Java values (records, lists, strings, {@code BigInteger}s),
 * through the accessors of a {@link Place}: the convenience path, which allocates.
 */
final class RecordCopies {

    private RecordCopies() {
    }

    /** An expression of the value at {@code place} as a record component holds it. */
    static CodeBlock read(Place place, Shape shape) {
        CodeBlock get = CodeBlock.of("$N($L)", place.get(), place.arguments());
        return switch (shape) {
            case Shape.Scalar s -> get;
            case Shape.Enumerated e -> get;
            case Shape.Wide w -> CodeBlock.of("$L.toBigInteger()", get);
            case Shape.Struct s -> CodeBlock.of("$L.toRecord()", get);
            case Shape.Text t -> CodeBlock.of("$L.get()", get);
            case Shape.Vec v -> CodeBlock.of("$L.toList()", get);
            case Shape.Array a -> CodeBlock.of("$L.toList()", get);
        };
    }

    /** A statement that stores {@code value} (an expression of the record type) with the place's setter. */
    static CodeBlock write(Place place, CodeBlock value) {
        return place.index() ? CodeBlock.of("$N(index, $L)", place.set(), value)
                : CodeBlock.of("$N($L)", place.set(), value);
    }
}

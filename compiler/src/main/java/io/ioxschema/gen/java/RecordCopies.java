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

    /** A statement that stores {@code value} (an expression of the record type) at {@code place}. */
    static CodeBlock write(Place place, Shape shape, CodeBlock value) {
        return switch (shape) {
            case Shape.Scalar s -> set(place, value);
            case Shape.Enumerated e -> set(place, value);
            case Shape.Wide w -> set(place, value);
            case Shape.Text t -> set(place, value);
            case Shape.Struct s -> CodeBlock.of("$N($L).fromRecord($L)", place.get(), place.arguments(), value);
            case Shape.Vec v -> CodeBlock.of("$N($L).fromList($L)", place.get(), place.arguments(), value);
            case Shape.Array a -> CodeBlock.of("$N($L).fromList($L)", place.get(), place.arguments(), value);
        };
    }

    private static CodeBlock set(Place place, CodeBlock value) {
        return place.index() ? CodeBlock.of("$N(index, $L)", place.set(), value)
                : CodeBlock.of("$N($L)", place.set(), value);
    }
}

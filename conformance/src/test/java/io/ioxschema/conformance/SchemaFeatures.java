package io.ioxschema.conformance;

import io.ioxschema.model.FieldType;
import io.ioxschema.model.Primitive;
import io.ioxschema.model.Schema;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What a compiled schema uses, read from the model independently of the compiler's own checks. */
final class SchemaFeatures {

    private SchemaFeatures() {
    }

    /** Every field type of every struct, and every type nested in it (element types), not entering structs. */
    static Stream<FieldType> fieldTypes(Schema schema) {
        return schema.allStructs().stream().flatMap(s -> s.fields().stream()).flatMap(f -> nested(f.type()));
    }

    static Stream<FieldType> nested(FieldType type) {
        Stream<FieldType> inner = switch (type) {
            case FieldType.Array a -> nested(a.element());
            case FieldType.FixedVec v -> nested(v.element());
            default -> Stream.empty();
        };
        return Stream.concat(Stream.of(type), inner);
    }

    /** Primitives used by fields, directly or as an enum's base. */
    static Set<Primitive> primitives(Schema schema) {
        return fieldTypes(schema).flatMap(t -> switch (t) {
            case FieldType.Scalar s -> Stream.of(s.primitive());
            case FieldType.EnumRef e -> Stream.of(e.enumDef().base());
            default -> Stream.<Primitive>empty();
        }).collect(Collectors.toSet());
    }

    static boolean uses128Bit(Schema schema) {
        Set<Primitive> used = primitives(schema);
        return used.contains(Primitive.U128) || used.contains(Primitive.I128);
    }
}

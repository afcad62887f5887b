package io.ioxschema.gen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.ioxschema.gen.PrimitiveTable;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.Primitive;
import io.ioxschema.model.StructDef;
import io.ioxschema.model.TypeDef;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Java names of the types a package's generated code uses: schema types keep their names in
 * their own package; each {@code string<N>}, {@code vec<T, N>}, array and 128-bit integer gets
 * a view class in the package that uses it, named after its shape ({@code [[f32; 4]; 4]} is
 * {@code IoxF32Array4x4}, {@code vec<Sample, 5>} is {@code IoxSampleVec5}).
 */
final class JavaTypes {

    /** Prefix of every class the generator adds beyond the schema's own types. */
    static final String PREFIX = "Iox";

    static final ClassName BIG_INTEGER = ClassName.get(BigInteger.class);
    static final ClassName STRING = ClassName.get(String.class);
    static final ClassName LIST = ClassName.get(List.class);

    private final String packageName;

    /** {@code packageName}: the package whose generated code the names are used in. */
    JavaTypes(String packageName) {
        this.packageName = packageName;
    }

    String packageName() {
        return packageName;
    }

    static ClassName type(TypeDef def) {
        return ClassName.get(def.packageName(), def.name());
    }

    /** The nested record of a struct: {@code Record}, or {@code Record_} in a struct itself named Record. */
    static ClassName record(StructDef def) {
        return type(def).nestedClass(recordName(def));
    }

    static String recordName(StructDef def) {
        return def.name().equals("Record") ? "Record_" : "Record";
    }

    /** The class of a view shape's flyweight. */
    ClassName view(Shape shape) {
        return switch (shape) {
            case Shape.Struct s -> type(s.def());
            case Shape.Wide w -> wide(w.primitive());
            case Shape.Enumerated e when e.wide() -> wide(e.def().base());
            case Shape.Text t -> container(t.type());
            case Shape.Vec v -> container(v.type());
            case Shape.Array a -> container(a.type());
            default -> throw new IllegalArgumentException("not a view: " + shape);
        };
    }

    ClassName wide(Primitive primitive) {
        return ClassName.get(packageName, PREFIX + pascal(primitive));
    }

    ClassName container(FieldType type) {
        return ClassName.get(packageName, PREFIX + stem(type));
    }

    /** The Java type of a primitive's values in the API (unsigned ones widened); not for 128-bit. */
    static TypeName value(Primitive primitive) {
        String java = PrimitiveTable.of(primitive).java();
        if (java == null) {
            throw new IllegalArgumentException(primitive + " has no Java primitive");
        }
        return switch (java) {
            case "boolean" -> TypeName.BOOLEAN;
            case "byte" -> TypeName.BYTE;
            case "short" -> TypeName.SHORT;
            case "int" -> TypeName.INT;
            case "long" -> TypeName.LONG;
            case "float" -> TypeName.FLOAT;
            case "double" -> TypeName.DOUBLE;
            default -> throw new IllegalStateException("unknown Java type " + java);
        };
    }

    /** The plain Java value of a type, as a record component holds it. */
    TypeName recordType(FieldType type) {
        return switch (Shape.of(type)) {
            case Shape.Scalar s -> value(s.primitive());
            case Shape.Enumerated e -> type(e.def());
            case Shape.Wide w -> BIG_INTEGER;
            case Shape.Struct s -> record(s.def());
            case Shape.Text t -> STRING;
            case Shape.Vec v -> list(v.type().element());
            case Shape.Array a -> list(a.type().element());
        };
    }

    TypeName list(FieldType element) {
        return ParameterizedTypeName.get(LIST, recordType(element).box());
    }

    /** A name for a type's shape, unique within a package. */
    String stem(FieldType type) {
        return switch (type) {
            case FieldType.Scalar s -> pascal(s.primitive());
            case FieldType.EnumRef e when e.enumDef().isFlags() -> pascal(e.enumDef().base());
            case FieldType.EnumRef e -> typeStem(e.enumDef());
            case FieldType.StructRef r -> typeStem(r.struct());
            case FieldType.FixedString s -> "String" + s.capacity();
            case FieldType.FixedVec v -> stem(v.element()) + "Vec" + v.capacity();
            case FieldType.Array a -> {
                List<String> lengths = new ArrayList<>();
                FieldType element = a;
                while (element instanceof FieldType.Array inner) {
                    lengths.add(Long.toString(inner.length()));
                    element = inner.element();
                }
                yield stem(element) + "Array" + String.join("x", lengths);
            }
        };
    }

    /** A type of another package is prefixed with that package, so equal names of two packages stay apart. */
    private String typeStem(TypeDef def) {
        if (def.packageName().equals(packageName)) {
            return def.name();
        }
        StringBuilder prefix = new StringBuilder();
        for (String segment : def.packageName().split("[._]")) {
            if (!segment.isEmpty()) {
                prefix.append(Character.toUpperCase(segment.charAt(0))).append(segment.substring(1));
            }
        }
        return prefix + def.name();
    }

    private static String pascal(Primitive primitive) {
        String keyword = primitive.keyword();
        return Character.toUpperCase(keyword.charAt(0)) + keyword.substring(1);
    }
}

package io.ioxschema.gen.ts;

import io.ioxschema.gen.PrimitiveTable;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.Primitive;
import io.ioxschema.model.TypeDef;
import java.util.Optional;

/**
 * TypeScript spellings of field types, as seen from one generated module: the type a getter
 * returns, and the runtime element ({@code iox.Element}) that reads an array's or vec's
 * elements. Public so the conformance tests address generated code the way it was generated.
 */
public final class TsTypes {

    /** The namespace the runtime is imported as; names starting with "iox" are reserved for generated code. */
    static final String RUNTIME = "iox";

    private final SchemaLayout layout;
    private final String packageName;

    /** Spellings as seen from the module of {@code packageName}. */
    public TsTypes(SchemaLayout layout, String packageName) {
        this.layout = layout;
        this.packageName = packageName;
    }

    /** The namespace another package's module is imported as. */
    public static String alias(String packageName) {
        return RUNTIME + "_" + packageName.replace('.', '_');
    }

    /** A struct or enum by name: bare in its own module, through the import alias elsewhere. */
    public String reference(TypeDef type) {
        return type.packageName().equals(packageName) ? type.name() : alias(type.packageName()) + "." + type.name();
    }

    /** Whether the type is read and written as a whole (a value), rather than through a view. */
    public static boolean isValue(FieldType type) {
        return type instanceof FieldType.Scalar || type instanceof FieldType.EnumRef
                || type instanceof FieldType.FixedString;
    }

    /**
     * The typed array (e.g. {@code Float32Array}) an array is read as, when its elements are
     * numbers and its start is always a multiple of the element size: {@code alignment} is
     * the alignment the array's offset is known to keep.
     */
    public static Optional<String> typedArray(FieldType.Array array, long alignment) {
        if (array.element() instanceof FieldType.Scalar s && PrimitiveTable.of(s.primitive()).typedArray() != null
                && alignment % s.primitive().byteSize() == 0) {
            return Optional.of(PrimitiveTable.of(s.primitive()).typedArray());
        }
        return Optional.empty();
    }

    /** The type a getter returns for a field of this type whose offset keeps {@code alignment}. */
    public String valueType(FieldType type, long alignment) {
        return switch (type) {
            case FieldType.Scalar s -> PrimitiveTable.of(s.primitive()).ts();
            case FieldType.EnumRef e -> reference(e.enumDef());
            case FieldType.FixedString s -> "string";
            case FieldType.StructRef r -> reference(r.struct());
            case FieldType.Array a -> typedArray(a, alignment).orElseGet(() -> container(
                    isValue(a.element()) ? "ValueArray" : "ViewArray", a.element()));
            case FieldType.FixedVec v -> container(isValue(v.element()) ? "ValueVec" : "ViewVec", v.element());
        };
    }

    private String container(String kind, FieldType element) {
        return RUNTIME + "." + kind + "<" + valueType(element, elementAlignment(element)) + ">";
    }

    /** The alignment every element of an array or vec keeps: its own, as the stride is a multiple of it. */
    long elementAlignment(FieldType element) {
        return layout.of(element).alignment();
    }

    /** An expression of type {@code iox.Element<valueType(type)>} for an element of this type. */
    public String element(FieldType type) {
        return switch (type) {
            case FieldType.Scalar s -> RUNTIME + "." + s.primitive().keyword();
            case FieldType.EnumRef e -> RUNTIME + ".enumOf<" + reference(e.enumDef()) + ">(" + RUNTIME + "."
                    + e.enumDef().base().keyword() + ")";
            case FieldType.FixedString s -> RUNTIME + ".string(" + s.capacity() + ", " + layout.of(type).size() + ", "
                    + layout.lengthOffset(type) + ")";
            case FieldType.StructRef r -> RUNTIME + ".struct(" + reference(r.struct()) + ")";
            case FieldType.Array a -> typedArray(a, elementAlignment(a))
                    .map(t -> RUNTIME + ".typed(" + t + ", " + a.length() + ")")
                    .orElseGet(() -> RUNTIME + ".array(" + element(a.element()) + ", " + a.length() + ")");
            case FieldType.FixedVec v -> RUNTIME + ".vec(" + element(v.element()) + ", " + v.capacity() + ", "
                    + layout.of(type).size() + ", " + layout.lengthOffset(type) + ")";
        };
    }

    /** The TypeScript type of a base type's integers: {@code number}, or {@code bigint} from 64 bits on. */
    static String integerType(Primitive base) {
        return PrimitiveTable.of(base).ts();
    }

    /** An integer literal of a {@code number} or {@code bigint} type. */
    static String literal(java.math.BigInteger value, String integerType) {
        return "bigint".equals(integerType) ? value + "n" : value.toString();
    }
}

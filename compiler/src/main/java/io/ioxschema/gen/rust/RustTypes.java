package io.ioxschema.gen.rust;

import io.ioxschema.gen.PrimitiveTable;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.Primitive;
import io.ioxschema.model.TypeDef;
import io.ioxschema.naming.RustNames;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Rust spellings of field types and their values, as seen from one generated module: types
 * of other packages through {@code super::<module>::}, containers with the explicit padding
 * the layout gives them.
 */
public final class RustTypes {

    private static final RustNames NAMES = new RustNames();

    private final SchemaLayout layout;
    private final String packageName;

    /** Spellings as the module of {@code packageName} writes them. */
    public RustTypes(SchemaLayout layout, String packageName) {
        this.layout = layout;
        this.packageName = packageName;
    }

    /** The type, e.g. {@code [[f32; 4]; 4]}, {@code IoxString<1, 6>}, {@code super::common::Header}. */
    public String of(FieldType type) {
        return switch (type) {
            case FieldType.Scalar s -> PrimitiveTable.of(s.primitive()).rust();
            case FieldType.EnumRef e -> path(e.enumDef());
            case FieldType.StructRef r -> path(r.struct());
            case FieldType.Array a -> "[" + of(a.element()) + "; " + a.length() + "]";
            case FieldType.FixedString s -> generic("IoxString<" + s.capacity(), padding(type));
            case FieldType.FixedVec v -> generic("IoxVec<" + of(v.element()) + ", " + v.capacity(), padding(type));
        };
    }

    /** A constant expression of the type's all-zero value. */
    public String zero(FieldType type) {
        return switch (type) {
            case FieldType.Scalar s -> switch (s.primitive().kind()) {
                case BOOL -> "false";
                case FLOAT -> "0.0";
                default -> "0";
            };
            case FieldType.EnumRef e -> path(e.enumDef()) + "(0)";
            case FieldType.StructRef r -> path(r.struct()) + "::ZEROED";
            case FieldType.Array a -> "[" + zero(a.element()) + "; " + a.length() + "]";
            case FieldType.FixedString s -> "IoxString::new()";
            case FieldType.FixedVec v -> "IoxVec::new()";
        };
    }

    /** A struct, enum or flags type, qualified when another package declares it. */
    public String path(TypeDef type) {
        String name = NAMES.member(type.name());
        return type.packageName().equals(packageName) ? name : "super::" + NAMES.module(type.packageName()) + "::" + name;
    }

    /**
     * The explicit bytes of a container's holes: before the length, and (for a vec of elements
     * aligned above the length) after it. Trailing zeros are left to the type's defaults.
     */
    private long[] padding(FieldType type) {
        long lengthOffset = layout.lengthOffset(type);
        long dataEnd = switch (type) {
            case FieldType.FixedString s -> s.capacity() + 1;
            case FieldType.FixedVec v -> layout.of(v.element()).size() * v.capacity();
            default -> throw new IllegalArgumentException(type.schemaText() + " is not a container");
        };
        long tail = layout.of(type).size() - lengthOffset - 8;
        return type instanceof FieldType.FixedVec ? new long[] {lengthOffset - dataEnd, tail}
                : new long[] {lengthOffset - dataEnd};
    }

    private static String generic(String head, long[] parameters) {
        int used = parameters.length;
        while (used > 0 && parameters[used - 1] == 0) {
            used--;
        }
        StringBuilder text = new StringBuilder(head);
        for (int i = 0; i < used; i++) {
            text.append(", ").append(parameters[i]);
        }
        return text.append('>').toString();
    }

    /** An integer literal of the type; hexadecimal where bits read better ({@code hex}) and the value is not negative. */
    public static String literal(BigInteger value, boolean hex) {
        return hex && value.signum() >= 0 ? "0x" + value.toString(16) : value.toString();
    }

    /**
     * The type of a constant: its declared type, else {@code usize} where the value can be an
     * array length on every target, else i64 or u64 (an untyped constant fits 64 bits).
     */
    public static String constantType(Optional<Primitive> declared, BigInteger value) {
        Primitive type = declared.orElse(Primitive.U32.fits(value) ? null
                : Primitive.I64.fits(value) ? Primitive.I64 : Primitive.U64);
        return type == null ? "usize" : PrimitiveTable.of(type).rust();
    }
}

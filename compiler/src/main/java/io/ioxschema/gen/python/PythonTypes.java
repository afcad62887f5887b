package io.ioxschema.gen.python;

import io.ioxschema.gen.PrimitiveTable;
import io.ioxschema.model.EnumDef;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.Primitive;
import java.util.Optional;

/** Python spellings of field types: ctypes types, container class names, and what needs converting. */
public final class PythonTypes {

    private PythonTypes() {
    }

    /** The module a schema package is generated into, e.g. {@code common_units} for {@code common.units}. */
    public static String moduleName(String packageName) {
        return packageName.replace('.', '_');
    }

    /**
     * The ctypes type of a field, as Python code in the module of {@code currentPackage}:
     * enums are their raw base integer, arrays nest innermost first ({@code c_float * 4 * 4}).
     */
    static String ctype(FieldType type, String currentPackage) {
        return switch (type) {
            case FieldType.Scalar s -> scalar(s.primitive());
            case FieldType.EnumRef e -> scalar(e.enumDef().base());
            case FieldType.StructRef r -> qualifier(r.struct().packageName(), currentPackage) + r.struct().name();
            case FieldType.Array a -> ctype(a.element(), currentPackage) + " * " + a.length();
            case FieldType.FixedString s -> containerName(s);
            case FieldType.FixedVec v -> containerName(v);
        };
    }

    /** The Python expression naming an enum class from the module of {@code currentPackage}. */
    static String enumClass(EnumDef def, String currentPackage) {
        return qualifier(def.packageName(), currentPackage) + def.name();
    }

    private static String qualifier(String packageName, String currentPackage) {
        return packageName.equals(currentPackage) ? "" : moduleName(packageName) + ".";
    }

    /** ctypes has no 128-bit integers: the runtime emulates them as views over 16 bytes. */
    private static String scalar(Primitive primitive) {
        return switch (primitive) {
            case U128 -> "_iox.U128";
            case I128 -> "_iox.I128";
            default -> PrimitiveTable.of(primitive).python();
        };
    }

    /** The module-private class of a {@code string<N>} or {@code vec<T, N>}, e.g. {@code _iox_vec_f32_64}. */
    static String containerName(FieldType type) {
        return "_iox_" + mangle(type);
    }

    private static String mangle(FieldType type) {
        return switch (type) {
            case FieldType.Scalar s -> s.primitive().keyword();
            case FieldType.EnumRef e -> moduleName(e.enumDef().qualifiedName());
            case FieldType.StructRef r -> moduleName(r.struct().qualifiedName());
            case FieldType.FixedString s -> "string_" + s.capacity();
            case FieldType.FixedVec v -> "vec_" + mangle(v.element()) + "_" + v.capacity();
            case FieldType.Array a -> "array_" + mangle(a.element()) + "_" + a.length();
        };
    }

    /**
     * Whether a field's value differs from what ctypes hands out, so its struct gets
     * {@code get_<field>()}/{@code set_<field>()}: enums (raw integer vs. member), strings,
     * vecs and 128-bit integers (views vs. str, list, int), and arrays of those.
     */
    public static boolean needsConversion(FieldType type) {
        return switch (type) {
            case FieldType.Scalar s -> s.primitive().bits() == 128;
            case FieldType.EnumRef e -> true;
            case FieldType.StructRef r -> false;
            case FieldType.Array a -> needsConversion(a.element());
            case FieldType.FixedString s -> true;
            case FieldType.FixedVec v -> true;
        };
    }

    /** The enum at the leaves of a type, looking through arrays (a vec knows its own). */
    static Optional<EnumDef> enumLeaf(FieldType type) {
        return switch (type) {
            case FieldType.EnumRef e -> Optional.of(e.enumDef());
            case FieldType.Array a -> enumLeaf(a.element());
            default -> Optional.empty();
        };
    }

    /** The type of the plain Python value {@code get_<field>()} returns, as an annotation. */
    static String plainType(FieldType type, String currentPackage) {
        return switch (type) {
            case FieldType.Scalar s -> s.primitive().isInteger() ? "int" : s.primitive() == Primitive.BOOL ? "bool"
                    : "float";
            case FieldType.EnumRef e -> enumClass(e.enumDef(), currentPackage) + " | int";
            case FieldType.StructRef r -> ctype(r, currentPackage);
            case FieldType.Array a -> "list";
            case FieldType.FixedString s -> "str";
            case FieldType.FixedVec v -> "list";
        };
    }
}

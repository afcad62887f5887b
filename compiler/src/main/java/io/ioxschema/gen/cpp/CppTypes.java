package io.ioxschema.gen.cpp;

import io.ioxschema.gen.IntegerLiterals;
import io.ioxschema.gen.PrimitiveTable;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.Primitive;
import io.ioxschema.model.TypeDef;
import java.math.BigInteger;
import java.util.Set;

/** C++ spellings of schema types and values. */
final class CppTypes {

    /** The namespace every generated header shares for iceoryx2's containers and helpers. */
    static final String SUPPORT_NAMESPACE = "iox_schema";

    private CppTypes() {
    }

    /**
     * Where a type is spelled: inside a struct of {@code packageName} whose members'
     * names are {@code hidden}. A member named like a type hides the type (g++ rejects the
     * struct: the declaration "changes meaning" of the name), so such types are qualified.
     */
    record Scope(String packageName, Set<String> hidden) {
        static Scope namespace(String packageName) {
            return new Scope(packageName, Set.of());
        }
    }

    static String namespace(String packageName) {
        return packageName.replace(".", "::");
    }

    static String spell(FieldType type, Scope scope) {
        return switch (type) {
            case FieldType.Scalar s -> PrimitiveTable.of(s.primitive()).cpp();
            case FieldType.EnumRef e -> named(e.enumDef(), scope);
            case FieldType.StructRef r -> named(r.struct(), scope);
            case FieldType.Array a -> "std::array<" + spell(a.element(), scope) + ", " + a.length() + ">";
            case FieldType.FixedString s -> SUPPORT_NAMESPACE + "::StaticString<" + s.capacity() + ">";
            case FieldType.FixedVec v -> SUPPORT_NAMESPACE + "::StaticVec<" + spell(v.element(), scope) + ", "
                    + v.capacity() + ">";
        };
    }

    /** Unqualified in its own package; from the global namespace elsewhere, so no nearer name can capture it. */
    private static String named(TypeDef def, Scope scope) {
        if (def.packageName().equals(scope.packageName()) && !scope.hidden().contains(def.name())) {
            return def.name();
        }
        return "::" + namespace(def.packageName()) + "::" + def.name();
    }

    /** A constant expression of exactly this value for a constant or enumerator of the given type. */
    static String literal(BigInteger value, Primitive type) {
        if (type.bits() < 128 || Primitive.I64.fits(value)) {
            return IntegerLiterals.untyped(value);
        }
        BigInteger bits = value.signum() < 0 ? value.add(BigInteger.ONE.shiftLeft(128)) : value;
        BigInteger low = bits.and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
        String unsigned = "((static_cast<" + PrimitiveTable.of(Primitive.U128).cpp() + ">(0x"
                + bits.shiftRight(64).toString(16) + "ULL) << 64) | 0x" + low.toString(16) + "ULL)";
        return type.isSigned() ? "static_cast<" + PrimitiveTable.of(type).cpp() + ">" + unsigned : unsigned;
    }
}

package io.ioxschema.conformance;

import io.ioxschema.model.FieldDef;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.Primitive;
import io.ioxschema.model.StructDef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Declares one schema's structs in C11, straight from the model and without any explicit
 * padding, so that gcc lays them out by its own rules. Each type is declared before its first
 * use. Names carry a per-schema prefix so several schemas share one translation unit; field
 * names get {@code f_} so a schema field named like a C keyword stays valid.
 */
final class CDeclarations {

    private final String prefix;
    private final StringBuilder out;
    private final Map<String, String> structTags = new HashMap<>();
    private final Map<FieldType, String> typedefs = new HashMap<>();

    CDeclarations(String prefix, StringBuilder out) {
        this.prefix = prefix;
        this.out = out;
    }

    static String fieldName(FieldDef field) {
        return "f_" + field.name();
    }

    /** {@code struct <tag>} of a schema struct, declaring it (and every type it uses) first if needed. */
    String struct(StructDef struct) {
        String known = structTags.get(struct.qualifiedName());
        if (known != null) {
            return known;
        }
        List<String> fieldTypes = struct.fields().stream().map(f -> typeOf(f.type())).toList();
        String tag = prefix + "s" + structTags.size() + "_" + struct.name();
        // The struct-level attribute is what Rust's repr(align) means: the struct's alignment is at
        // least N and its size a multiple of it; a field keeps its own alignment.
        String attribute = struct.align().isPresent()
                ? " __attribute__((aligned(" + struct.align().getAsLong() + ")))" : "";
        out.append("/* ").append(struct.qualifiedName()).append(" */\n");
        out.append("struct").append(attribute).append(' ').append(tag).append(" {\n");
        for (int i = 0; i < fieldTypes.size(); i++) {
            FieldDef field = struct.fields().get(i);
            out.append("    ");
            field.align().ifPresent(a -> out.append("_Alignas(").append(a).append(") "));
            out.append(fieldTypes.get(i)).append(' ').append(fieldName(field)).append(";\n");
        }
        out.append("};\n");
        String type = "struct " + tag;
        structTags.put(struct.qualifiedName(), type);
        return type;
    }

    /** The C type of a field type, declaring it first if needed. */
    String typeOf(FieldType type) {
        return switch (type) {
            case FieldType.Scalar s -> primitive(s.primitive());
            case FieldType.EnumRef e -> primitive(e.enumDef().base());
            case FieldType.StructRef r -> struct(r.struct());
            case FieldType.Array a -> typedef(type, typeOf(a.element()) + " %s[" + a.length() + "]");
            // iceoryx2's #[repr(C)] StaticString<N>.
            case FieldType.FixedString s -> typedef(type, "struct { uint8_t data[" + s.capacity()
                    + "]; uint8_t terminator; uint64_t len; } %s");
            // iceoryx2's #[repr(C)] StaticVec<T, N>.
            case FieldType.FixedVec v -> typedef(type, "struct { " + typeOf(v.element()) + " data["
                    + v.capacity() + "]; uint64_t len; } %s");
        };
    }

    /** Declares {@code typedef <declarator with %s for the name>;} once per distinct type. */
    private String typedef(FieldType type, String declarator) {
        String known = typedefs.get(type);
        if (known != null) {
            return known;
        }
        String name = prefix + "t" + typedefs.size();
        out.append("typedef ").append(declarator.formatted(name)).append("; /* ").append(type.schemaText())
                .append(" */\n");
        typedefs.put(type, name);
        return name;
    }

    /** Enums and flags are stored as their base integer, bool as _Bool, 128-bit integers as gcc's __int128. */
    static String primitive(Primitive primitive) {
        return switch (primitive) {
            case BOOL -> "_Bool";
            case U8 -> "uint8_t";
            case U16 -> "uint16_t";
            case U32 -> "uint32_t";
            case U64 -> "uint64_t";
            case U128 -> "unsigned __int128";
            case I8 -> "int8_t";
            case I16 -> "int16_t";
            case I32 -> "int32_t";
            case I64 -> "int64_t";
            case I128 -> "__int128";
            case F32 -> "float";
            case F64 -> "double";
        };
    }
}

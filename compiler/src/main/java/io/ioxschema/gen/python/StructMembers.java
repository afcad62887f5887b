package io.ioxschema.gen.python;

import io.ioxschema.model.EnumDef;
import io.ioxschema.model.FieldDef;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.StructDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a generated struct class defines besides its fields (so a field may take none of
 * those names, nor the ones ctypes gives a meaning to), and the accessors among them.
 */
public final class StructMembers {

    /** What every struct class carries: iceoryx2 calls {@code type_name()}. */
    static final List<String> FIXED = List.of("type_name", "SIZE", "ALIGNMENT");

    /** ctypes' own class attributes and classmethods, which a field of that name would hide. */
    static final Set<String> CTYPES = Set.of("_fields_", "_pack_", "_align_", "_anonymous_", "_swappedbytes_",
            "_layout_", "_b_base_", "_b_needsfree_", "_objects", "from_buffer", "from_buffer_copy",
            "from_address", "from_param", "in_dll");

    private StructMembers() {
    }

    public static String getter(String field) {
        return "get_" + field;
    }

    public static String setter(String field) {
        return "set_" + field;
    }

    /** Fixed members and the accessors of the fields that need converting, in declaration order. */
    static List<String> generated(StructDef struct) {
        List<String> names = new ArrayList<>(FIXED);
        for (FieldDef field : struct.fields()) {
            if (PythonTypes.needsConversion(field.type())) {
                names.add(getter(field.name()));
                names.add(setter(field.name()));
            }
        }
        return names;
    }

    /** The {@code get_<field>()}/{@code set_<field>()} pair of a field that needs converting. */
    static PythonModule.Accessor accessor(FieldDef field, String pkg) {
        Optional<EnumDef> enumLeaf = PythonTypes.enumLeaf(field.type());
        String name = "``" + field.name() + "``";
        String[] docs = switch (field.type()) {
            case FieldType.EnumRef e -> new String[] {
                    name + " as a " + e.enumDef().name() + ", or the raw integer when no member has its value.",
                    "Sets " + name + " from a " + e.enumDef().name() + " or an integer."};
            case FieldType.FixedString s -> new String[] {name + " as a str.",
                    "Sets " + name + " from a str; ValueError when its UTF-8 exceeds " + s.capacity() + " bytes."};
            case FieldType.FixedVec v -> new String[] {name + " as a list" + ofEnum(PythonTypes.enumLeaf(v.element()))
                    + ".",
                    "Sets " + name + " from a list; ValueError when longer than " + v.capacity() + "."};
            case FieldType.Array a -> new String[] {name + " as a list" + ofEnum(enumLeaf) + ".",
                    "Sets " + name + " from a list of " + a.length() + "."};
            default -> new String[] {name + " as an int.",
                    "Sets " + name + " from an int; OverflowError when it does not fit."};
        };
        return new PythonModule.Accessor(PythonText.literal(field.name()), getter(field.name()),
                setter(field.name()),
                enumLeaf.map(e -> ", " + PythonTypes.enumClass(e, pkg)).orElse(""),
                PythonTypes.plainType(field.type(), pkg), docs[0], docs[1]);
    }

    private static String ofEnum(Optional<EnumDef> enumLeaf) {
        return enumLeaf.map(e -> " (of " + e.name() + " members, or raw integers no member has)").orElse("");
    }
}

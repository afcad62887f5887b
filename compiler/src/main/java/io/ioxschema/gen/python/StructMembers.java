package io.ioxschema.gen.python;

import io.ioxschema.model.FieldDef;
import io.ioxschema.model.StructDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The names a generated struct class defines besides its fields, and the names ctypes
 * gives a meaning to: a field may take none of them.
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
}

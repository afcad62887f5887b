package io.ioxschema.gen;

import io.ioxschema.model.FieldType;
import io.ioxschema.model.Module;

/** Whether a module spells a 128-bit integer itself (C and C++ then declare their {@code __int128} typedefs). */
public final class Int128Use {

    private Int128Use() {
    }

    public static boolean in(Module module) {
        return module.enums().stream().anyMatch(e -> e.base().bits() == 128)
                || module.constants().stream().anyMatch(c -> c.storageType().bits() == 128)
                || module.structs().stream().anyMatch(s -> s.fields().stream().anyMatch(f -> in(f.type())));
    }

    private static boolean in(FieldType type) {
        return switch (type) {
            case FieldType.Scalar s -> s.primitive().bits() == 128;
            case FieldType.Array a -> in(a.element());
            case FieldType.FixedVec v -> in(v.element());
            default -> false;
        };
    }
}

package io.ioxschema.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled schema: the file that was asked for ({@code root}) and every file it imports,
 * imports first, so a declaration always comes after what it depends on across files.
 */
public record Schema(Module root, List<Module> imports) {
    public Schema {
        imports = List.copyOf(imports);
    }

    /** Every module, imports first, the root last. */
    public List<Module> modules() {
        List<Module> all = new ArrayList<>(imports);
        all.add(root);
        return List.copyOf(all);
    }

    public List<TypeDef> allTypes() {
        return modules().stream().flatMap(m -> m.types().stream()).toList();
    }

    public List<StructDef> allStructs() {
        return modules().stream().flatMap(m -> m.structs().stream()).toList();
    }
}

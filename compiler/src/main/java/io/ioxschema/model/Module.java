package io.ioxschema.model;

import io.ioxschema.source.SourceFile;
import java.util.List;

/** What one schema file declares, resolved, in the order it was written. */
public record Module(SourceFile source, String packageName, List<String> importedPackages,
                     List<ConstDef> constants, List<TypeDef> types, List<ServiceDef> services) {
    public Module {
        importedPackages = List.copyOf(importedPackages);
        constants = List.copyOf(constants);
        types = List.copyOf(types);
        services = List.copyOf(services);
    }

    public List<StructDef> structs() {
        return types.stream().filter(StructDef.class::isInstance).map(StructDef.class::cast).toList();
    }

    public List<EnumDef> enums() {
        return types.stream().filter(EnumDef.class::isInstance).map(EnumDef.class::cast).toList();
    }
}

package io.ioxschema.gen.java;

import io.ioxschema.model.FieldDef;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.Module;
import io.ioxschema.model.Primitive;
import io.ioxschema.model.Schema;
import io.ioxschema.model.StructDef;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One Java package of generated code: the schema files that declare it (usually one) and the
 * view classes its structs need beyond their own: one per distinct {@code string<N>},
 * {@code vec<T, N>} and array type, and one per 128-bit integer type.
 */
record JavaPackage(String name, List<Module> modules, Map<String, FieldType> containers, Set<Primitive> wides) {

    static List<JavaPackage> of(Schema schema) {
        Map<String, List<Module>> byPackage = new LinkedHashMap<>();
        schema.modules().forEach(m -> byPackage.computeIfAbsent(m.packageName(), p -> new ArrayList<>()).add(m));
        List<JavaPackage> packages = new ArrayList<>();
        byPackage.forEach((name, modules) -> {
            JavaTypes types = new JavaTypes(name);
            Map<String, FieldType> containers = new LinkedHashMap<>();
            Set<Primitive> wides = EnumSet.noneOf(Primitive.class);
            for (Module module : modules) {
                for (StructDef struct : module.structs()) {
                    for (FieldDef field : struct.fields()) {
                        collect(field.type(), types, containers, wides);
                    }
                }
            }
            packages.add(new JavaPackage(name, List.copyOf(modules), containers, wides));
        });
        return packages;
    }

    private static void collect(FieldType type, JavaTypes types, Map<String, FieldType> containers,
                                Set<Primitive> wides) {
        switch (Shape.of(type)) {
            case Shape.Wide w -> wides.add(w.primitive());
            case Shape.Enumerated e when e.wide() -> wides.add(e.def().base());
            case Shape.Text t -> containers.putIfAbsent(types.container(type).simpleName(), type);
            case Shape.Vec v -> {
                collect(v.type().element(), types, containers, wides);
                containers.putIfAbsent(types.container(type).simpleName(), type);
            }
            case Shape.Array a -> {
                collect(a.type().element(), types, containers, wides);
                containers.putIfAbsent(types.container(type).simpleName(), type);
            }
            default -> {
            }
        }
    }

    JavaTypes types() {
        return new JavaTypes(name);
    }
}

package io.ioxschema.gen.cpp;

import io.ioxschema.diag.Diagnostic;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.model.ConstDef;
import io.ioxschema.model.Module;
import io.ioxschema.model.TypeDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Names the schema allows that would collide in the generated C++ (escaping cannot help).
 * Members spelled like generated ones cannot occur: the resolver reserves the iox spelling.
 */
final class CppNameClashes {

    private CppNameClashes() {
    }

    static List<Diagnostic> find(SchemaLayout layout) {
        List<Diagnostic> problems = new ArrayList<>();
        for (Module module : layout.schema().modules()) {
            namespacesAndDeclarations(module, layout.schema().modules(), problems);
        }
        return problems;
    }

    /** Package {@code a} declaring {@code b} while package {@code a.b} exists: a namespace and a declaration. */
    private static void namespacesAndDeclarations(Module module, List<Module> all, List<Diagnostic> problems) {
        for (Module other : all) {
            String prefix = module.packageName() + ".";
            if (!other.packageName().startsWith(prefix)) {
                continue;
            }
            String segment = other.packageName().substring(prefix.length()).split("\\.")[0];
            for (TypeDef type : module.types()) {
                if (type.name().equals(segment)) {
                    problems.add(clash(type.span(), type.name(), module, other));
                }
            }
            for (ConstDef constant : module.constants()) {
                if (CppGenerator.NAMES.member(constant.name()).equals(segment)) {
                    problems.add(clash(constant.span(), constant.name(), module, other));
                }
            }
        }
    }

    private static Diagnostic clash(io.ioxschema.source.SourceSpan span, String name, Module module, Module other) {
        return Diagnostic.error(span, "'" + name + "' in package " + module.packageName()
                + " would have the same C++ name as the namespace of package " + other.packageName());
    }
}

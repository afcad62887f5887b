package io.ioxschema.gen.java;

import io.ioxschema.diag.Diagnostic;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.model.ConstDef;
import io.ioxschema.model.EnumDef;
import io.ioxschema.model.EnumValue;
import io.ioxschema.model.FieldDef;
import io.ioxschema.model.Module;
import io.ioxschema.model.ServiceDef;
import io.ioxschema.model.StructDef;
import io.ioxschema.model.TypeDef;
import io.ioxschema.naming.JavaNames;
import io.ioxschema.source.SourceSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a valid schema can say but the generated Java cannot: two names that become one Java
 * name (after escaping, or beside a class or method the generator adds), a type named like a
 * subpackage, and a package Java keeps for itself. Reported before anything is written.
 */
final class JavaChecks {

    private static final JavaNames NAMES = new JavaNames();

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private JavaChecks() {
    }

    static List<Diagnostic> of(SchemaLayout layout) {
        JavaChecks checks = new JavaChecks();
        List<JavaPackage> packages = JavaPackage.of(layout.schema());
        for (JavaPackage pkg : packages) {
            checks.packageName(pkg);
            checks.classNames(pkg);
            checks.subpackages(pkg, packages);
            checks.constants(pkg);
            for (Module module : pkg.modules()) {
                module.structs().forEach(checks::accessors);
                module.enums().forEach(checks::enumConstants);
            }
        }
        return List.copyOf(checks.diagnostics);
    }

    /**
     * The service classes: each needs a name no type, generated class or other service of its
     * package has.
     */
    static List<Diagnostic> services(SchemaLayout layout) {
        JavaChecks checks = new JavaChecks();
        for (JavaPackage pkg : JavaPackage.of(layout.schema())) {
            Map<String, String> taken = new HashMap<>();
            pkg.modules().stream().flatMap(m -> m.types().stream())
                    .forEach(t -> taken.put(t.name(), "the " + kind(t) + " " + t.name()));
            taken.put(SchemaClass.name(pkg.name()).simpleName(), "the class of the package's constants");
            pkg.wides().forEach(p -> taken.put(pkg.types().wide(p).simpleName(), "a generated class"));
            pkg.containers().keySet().forEach(name -> taken.put(name, "a generated class"));
            List<ServiceDef> services = pkg.modules().stream().flatMap(m -> m.services().stream()).toList();
            for (Module module : pkg.modules()) {
                for (ServiceDef service : module.services()) {
                    String name = ServiceClass.simpleName(service, services);
                    String other = taken.putIfAbsent(name, "the class of service \"" + service.name() + "\"");
                    if (other != null) {
                        checks.error(service.span(), "service \"" + service.name() + "\" would get the Java class "
                                + name + " in package " + pkg.name() + ", which is " + other + "; rename one");
                    }
                }
            }
        }
        return List.copyOf(checks.diagnostics);
    }

    private void packageName(JavaPackage pkg) {
        if (pkg.name().equals("java") || pkg.name().startsWith("java.")) {
            error(null, "package " + pkg.name() + " cannot be a Java package: the JDK owns java and its"
                    + " subpackages");
        }
    }

    /** Schema types, the constants class and the generated view classes share one package. */
    private void classNames(JavaPackage pkg) {
        Map<String, String> taken = new HashMap<>();
        for (Module module : pkg.modules()) {
            for (TypeDef type : module.types()) {
                taken.put(type.name(), "the " + kind(type) + " " + type.name());
            }
        }
        JavaTypes types = pkg.types();
        List<String> generated = new ArrayList<>(List.of(SchemaClass.name(pkg.name()).simpleName()));
        pkg.wides().forEach(p -> generated.add(types.wide(p).simpleName()));
        generated.addAll(pkg.containers().keySet());
        for (String name : generated) {
            String other = taken.putIfAbsent(name, "a generated class");
            if (other != null) {
                TypeDef type = pkg.modules().stream().flatMap(m -> m.types().stream())
                        .filter(t -> t.name().equals(name)).findFirst().orElse(null);
                error(type == null ? null : type.span(), other + " has the name of the class the Java generator"
                        + " adds to package " + pkg.name() + " for "
                        + (name.equals(SchemaClass.name(pkg.name()).simpleName()) ? "its constants"
                        : "a container or 128-bit type") + "; rename the type");
            }
        }
    }

    /** Java does not allow a package to hold a type and a subpackage of the same name. */
    private void subpackages(JavaPackage pkg, List<JavaPackage> all) {
        for (JavaPackage other : all) {
            String prefix = pkg.name() + ".";
            if (!other.name().startsWith(prefix)) {
                continue;
            }
            String segment = other.name().substring(prefix.length()).split("\\.")[0];
            pkg.modules().stream().flatMap(m -> m.types().stream()).filter(t -> t.name().equals(segment))
                    .forEach(t -> error(t.span(), "the " + kind(t) + " " + t.name() + " in package " + pkg.name()
                            + " has the name of the Java package " + prefix + segment + ", which Java does not allow"));
        }
    }

    private void constants(JavaPackage pkg) {
        Map<String, String> taken = new HashMap<>();
        for (Module module : pkg.modules()) {
            for (ConstDef constant : module.constants()) {
                unique(taken, NAMES.member(constant.name()), constant.name(), constant.span(),
                        "constants of " + SchemaClass.name(pkg.name()).simpleName());
            }
        }
    }

    /** A struct's getter, setter and raw accessors, and its record's components. */
    private void accessors(StructDef struct) {
        Map<String, String> taken = new HashMap<>();
        for (FieldDef field : struct.fields()) {
            unique(taken, StructClass.accessor(field), "the field " + field.name(), field.span(),
                    "accessors of " + struct.name());
        }
        for (FieldDef field : struct.fields()) {
            if (Shape.of(field.type()) instanceof Shape.Enumerated) {
                unique(taken, StructClass.rawAccessor(field), "the raw accessor of " + field.name(), field.span(),
                        "accessors of " + struct.name());
            }
        }
    }

    private void enumConstants(EnumDef def) {
        Map<String, String> taken = new HashMap<>();
        for (EnumValue value : def.values()) {
            unique(taken, EnumClass.constant(value), "the value " + value.name(), value.span(),
                    "constants of " + def.name());
        }
    }

    private void unique(Map<String, String> taken, String java, String what, SourceSpan span, String scope) {
        String other = taken.putIfAbsent(java, what);
        if (other != null) {
            error(span, what + " is '" + java + "' in Java, as " + other + " is, among the " + scope);
        }
    }

    private static String kind(TypeDef type) {
        return type instanceof EnumDef e ? e.kindName() : "struct";
    }

    private void error(SourceSpan span, String message) {
        diagnostics.add(Diagnostic.error(span, message));
    }
}

package io.ioxschema.gen.python;

import io.ioxschema.diag.Diagnostic;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.layout.StructLayout;
import io.ioxschema.model.ConstDef;
import io.ioxschema.model.EnumDef;
import io.ioxschema.model.EnumValue;
import io.ioxschema.model.FieldDef;
import io.ioxschema.model.Module;
import io.ioxschema.model.StructDef;
import io.ioxschema.model.TypeDef;
import io.ioxschema.naming.PythonNames;
import io.ioxschema.source.SourceSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the Python bindings cannot express (errors: names Python or ctypes give a meaning,
 * or that two declarations would share in one module) and what they express only in part
 * (warnings: alignments ctypes before Python 3.13 cannot give a struct).
 */
final class PythonChecks {

    private static final PythonNames NAMES = new PythonNames();

    /** What a generated module binds at its top level besides the schema's names. */
    private static final Map<String, String> MODULE_NAMES = Map.of(
            "ctypes", "the ctypes module", "enum", "the enum module", "_iox", "the iox-schema runtime",
            "staticmethod", "the builtin the struct classes use");

    private final SchemaLayout layout;
    private final CtypesAlignment ctypes;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private PythonChecks(SchemaLayout layout) {
        this.layout = layout;
        this.ctypes = new CtypesAlignment(layout);
    }

    static List<Diagnostic> of(SchemaLayout layout) {
        PythonChecks checks = new PythonChecks(layout);
        checks.moduleNames();
        for (Module module : layout.schema().modules()) {
            checks.topLevelNames(module);
            module.structs().forEach(checks::fields);
            module.enums().forEach(checks::enumValues);
            module.structs().forEach(s -> checks.alignment(layout.of(s)));
        }
        return List.copyOf(checks.diagnostics);
    }

    private void moduleNames() {
        Map<String, String> packages = new HashMap<>();
        for (Module module : layout.schema().modules()) {
            String name = PythonTypes.moduleName(module.packageName());
            String other = packages.putIfAbsent(name, module.packageName());
            if (other != null && !other.equals(module.packageName())) {
                error(null, "packages '" + other + "' and '" + module.packageName() + "' would both be the Python"
                        + " module '" + name + "'");
            }
            if (name.equals("__init__") || name.startsWith("_iox")) {
                error(null, "package '" + module.packageName() + "' cannot be a Python module: '" + name
                        + "' is the generated package's own");
            }
        }
    }

    private void topLevelNames(Module module) {
        Map<String, String> taken = new LinkedHashMap<>(MODULE_NAMES);
        for (String imported : ModuleBuilder.importedModules(module)) {
            taken.put(imported, "the imported module " + imported);
        }
        for (ConstDef constant : module.constants()) {
            claim(taken, NAMES.member(constant.name()), "constant " + constant.name(), constant.span(), module);
        }
        for (TypeDef type : module.types()) {
            claim(taken, type.name(), "type " + type.name(), type.span(), module);
        }
    }

    private void claim(Map<String, String> taken, String name, String what, SourceSpan span, Module module) {
        String other = taken.putIfAbsent(name, what);
        if (other != null) {
            error(span, what + " would be '" + name + "' in the Python module "
                    + PythonTypes.moduleName(module.packageName()) + ", which is already " + other);
        }
    }

    private void fields(StructDef struct) {
        Set<String> generated = Set.copyOf(StructMembers.generated(struct));
        for (FieldDef field : struct.fields()) {
            String name = field.name();
            String where = "field '" + name + "' of struct " + struct.name() + " cannot be a Python field: ";
            if (generated.contains(name)) {
                error(field.span(), where + "the generated class defines " + name + " itself"
                        + (name.equals("type_name") ? " (iceoryx2 calls it)" : ""));
            } else if (StructMembers.CTYPES.contains(name)) {
                error(field.span(), where + "ctypes gives " + name + " a meaning on every struct class");
            } else if (name.startsWith("_iox")) {
                error(field.span(), where + "names starting with _iox are reserved for generated members");
            } else if (name.length() > 1 && name.startsWith("_") && name.endsWith("_")) {
                error(field.span(), where + "Python and ctypes reserve names that start and end with an"
                        + " underscore");
            }
        }
    }

    private void enumValues(EnumDef def) {
        Map<String, String> taken = new HashMap<>();
        for (EnumValue value : def.values()) {
            String name = NAMES.member(value.name());
            if (name.startsWith("__")) {
                error(value.span(), "value '" + value.name() + "' of " + def.kindName() + " " + def.name()
                        + " cannot be a Python enum member: Python mangles names that start with two underscores");
            }
            String other = taken.putIfAbsent(name, value.name());
            if (other != null) {
                error(value.span(), "value '" + value.name() + "' of " + def.kindName() + " " + def.name()
                        + " would be the Python member '" + name + "', which is already '" + other + "'");
            }
        }
    }

    private void alignment(StructLayout struct) {
        if (struct.alignment() > ctypes.largest()) {
            StructDef def = struct.struct();
            diagnostics.add(Diagnostic.warning(def.span(), "struct " + def.name() + " is aligned to "
                    + struct.alignment() + ", but ctypes before Python 3.13 aligns a struct to at most "
                    + ctypes.largest() + " on " + layout.target().name() + ": there ctypes.alignment("
                    + def.name() + ") is " + ctypes.before313(struct.alignment()) + " (the bytes are the same;"
                    + " Python 3.13+ honours the generated _align_). iceoryx2 lets such a Python process open"
                    + " a service of " + def.name() + " that another language created, but a service it"
                    + " creates cannot be opened by the others"));
        }
    }

    private void error(SourceSpan span, String message) {
        diagnostics.add(Diagnostic.error(span, message));
    }
}

package io.ioxschema.gen.rust;

import io.ioxschema.diag.Diagnostic;
import io.ioxschema.gen.GenerationInput;
import io.ioxschema.gen.Slot;
import io.ioxschema.gen.Slots;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.layout.StructLayout;
import io.ioxschema.model.ConstDef;
import io.ioxschema.model.EnumDef;
import io.ioxschema.model.EnumValue;
import io.ioxschema.model.Module;
import io.ioxschema.model.TypeDef;
import io.ioxschema.naming.RustNames;
import io.ioxschema.source.SourceSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a schema can say but the generated Rust cannot: names that meet after Rust's case
 * conventions or escaping, names that would hide what the generated code refers to, and
 * limits of the language. Reported before anything is written.
 */
final class RustChecks {

    /** Names a generated module refers to unqualified; a type of the module must not hide them. */
    private static final Set<String> USED_NAMES = Set.of("ZeroCopySend", "Zeroed", "IoxString", "IoxVec", "str",
            "usize");
    /** The largest {@code #[repr(align(N))]} rustc accepts. */
    private static final long MAX_REPR_ALIGN = 1L << 29;

    private static final RustNames NAMES = new RustNames();

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private RustChecks() {
    }

    static List<Diagnostic> of(SchemaLayout layout) {
        RustChecks checks = new RustChecks();
        checks.moduleNames(layout.schema().modules());
        for (Module module : layout.schema().modules()) {
            checks.constants(module);
            module.types().forEach(checks::typeName);
            module.enums().forEach(checks::enumValues);
            module.structs().forEach(s -> checks.struct(layout.of(s)));
        }
        return List.copyOf(checks.diagnostics);
    }

    /** Each schema file becomes one module file; two must not get the same name. */
    private void moduleNames(List<Module> modules) {
        Map<String, String> owners = new HashMap<>();
        owners.put(RustGenerator.SUPPORT_MODULE, "the generated support module");
        for (Module module : modules) {
            String file = NAMES.moduleFile(module.packageName());
            String owner = owners.putIfAbsent(file, "package '" + module.packageName() + "' of "
                    + GenerationInput.sourceName(module));
            if (owner != null) {
                error(new SourceSpan(module.source(), 1, 1, 1), "package '" + module.packageName() + "' of "
                        + GenerationInput.sourceName(module) + " would be the Rust module '" + file + "', as "
                        + owner + " is; give each schema file a package of its own");
            }
        }
    }

    private void constants(Module module) {
        Map<String, String> taken = new HashMap<>();
        // Enums and flags are tuple structs: their names live beside constants.
        module.enums().forEach(e -> taken.put(NAMES.member(e.name()), "the " + e.kindName() + " " + e.name()));
        for (ConstDef constant : module.constants()) {
            String rust = NAMES.constant(constant.name());
            String other = taken.putIfAbsent(rust, "the constant " + constant.name());
            if (other != null) {
                error(constant.span(), "the constant " + constant.name() + " is " + rust + " in Rust, as "
                        + other + " is");
            }
        }
    }

    private void typeName(TypeDef type) {
        if (USED_NAMES.contains(type.name())) {
            error(type.span(), "the type name '" + type.name() + "' would hide the Rust name '" + type.name()
                    + "' that the generated module uses; rename the type");
        }
    }

    private void enumValues(EnumDef def) {
        Map<String, String> taken = new HashMap<>();
        for (EnumValue value : def.values()) {
            String rust = NAMES.constant(value.name());
            String other = taken.putIfAbsent(rust, value.name());
            if (other != null) {
                error(value.span(), "the values " + other + " and " + value.name() + " of " + def.name()
                        + " are both " + def.name() + "::" + rust + " in Rust (UPPER_SNAKE_CASE)");
            }
        }
    }

    private void struct(StructLayout layout) {
        if (layout.alignment() > MAX_REPR_ALIGN) {
            error(layout.struct().span(), "the alignment " + layout.alignment() + " of " + layout.struct().name()
                    + " is above " + MAX_REPR_ALIGN + ", the largest Rust's #[repr(align)] accepts");
        }
        Map<String, String> taken = new HashMap<>();
        for (Slot slot : Slots.of(layout)) {
            String schemaName = slot.isPadding() ? "generated padding" : "the field " + slot.field().get().name();
            String rust = slot.isPadding() ? slot.paddingName() : NAMES.member(slot.field().get().name());
            String other = taken.putIfAbsent(rust, schemaName);
            if (other != null) {
                SourceSpan span = slot.isPadding() ? layout.struct().span() : slot.field().get().field().span();
                error(span, schemaName + " of " + layout.struct().name() + " is '" + rust + "' in Rust, as "
                        + other + " is");
            }
        }
    }

    private void error(SourceSpan span, String message) {
        diagnostics.add(Diagnostic.error(span, message));
    }
}

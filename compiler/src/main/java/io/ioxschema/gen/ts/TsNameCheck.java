package io.ioxschema.gen.ts;

import io.ioxschema.diag.Diagnostic;
import io.ioxschema.gen.PrimitiveTable;
import io.ioxschema.model.EnumDef;
import io.ioxschema.model.Module;
import io.ioxschema.model.Primitive;
import io.ioxschema.model.Schema;
import io.ioxschema.model.StructDef;
import io.ioxschema.naming.TypeScriptNames;
import io.ioxschema.source.SourceSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Names the TypeScript output cannot hold although the schema is valid: two schema names
 * that become one TypeScript name once escaped ({@code delete} and {@code delete_}), a
 * name taken by the generated code (the runtime namespace, import aliases and the typed
 * arrays it names; the view property every struct inherits) and a package whose module would
 * overwrite the runtime.
 */
final class TsNameCheck {

    private static final TypeScriptNames NAMES = new TypeScriptNames();

    /** A spelling in one TypeScript scope, and what it names. */
    private record Name(String spelled, String what, SourceSpan span) {
    }

    private TsNameCheck() {
    }

    static List<Diagnostic> check(Schema schema) {
        List<Diagnostic> problems = new ArrayList<>();
        List<String> generated = new ArrayList<>(List.of(TsTypes.RUNTIME));
        schema.modules().forEach(m -> generated.add(TsTypes.alias(m.packageName())));
        Arrays.stream(Primitive.values()).map(p -> PrimitiveTable.of(p).typedArray()).filter(Objects::nonNull)
                .forEach(generated::add);
        for (Module module : schema.modules()) {
            if (TsGenerator.fileName(module.packageName()).equals(TsGenerator.RUNTIME_FILE)) {
                problems.add(Diagnostic.error(null, "package " + module.packageName() + " would be generated as "
                        + TsGenerator.RUNTIME_FILE + ", the file of the TypeScript runtime"));
            }
            List<Name> names = new ArrayList<>();
            generated.forEach(g -> names.add(new Name(g, "a name the generated TypeScript uses", null)));
            module.constants().forEach(c -> names.add(new Name(NAMES.member(c.name()), "constant " + c.name(),
                    c.span())));
            module.types().forEach(t -> names.add(new Name(t.name(), "type " + t.name(), t.span())));
            unique(names, "in the TypeScript module of package " + module.packageName(), problems);
            for (StructDef struct : module.structs()) {
                List<Name> properties = new ArrayList<>(List.of(new Name(TsGenerator.VIEW_PROPERTY,
                        "the DataView every struct view has", null)));
                struct.fields().forEach(f -> properties.add(new Name(NAMES.property(f.name()), "field " + f.name(),
                        f.span())));
                unique(properties, "among the TypeScript properties of " + struct.name(), problems);
            }
            for (EnumDef def : module.enums()) {
                unique(def.values().stream().map(v -> new Name(NAMES.property(v.name()), "value " + v.name(),
                        v.span())).toList(), "among the TypeScript keys of " + def.name(), problems);
            }
        }
        return problems;
    }

    /** Reports each name whose spelling an earlier one in the same scope already has. */
    private static void unique(List<Name> names, String scope, List<Diagnostic> problems) {
        Map<String, Name> first = new HashMap<>();
        for (Name name : names) {
            Name earlier = first.putIfAbsent(name.spelled(), name);
            if (earlier != null) {
                problems.add(Diagnostic.error(name.span(), name.what() + " is spelled '" + name.spelled() + "' "
                        + scope + ", which is already " + earlier.what()));
            }
        }
    }
}

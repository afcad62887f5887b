package io.ioxschema;

import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.layout.StructLayout;
import io.ioxschema.layout.TargetAbi;
import io.ioxschema.model.StructDef;
import io.ioxschema.source.SourceFile;
import java.util.stream.Collectors;

/** Test helper: compiles schema text and fails loudly when a valid schema is expected. */
public final class Schemas {

    private Schemas() {
    }

    public static Compilation compile(String text) {
        return compile(text, TargetAbi.DEFAULT);
    }

    public static Compilation compile(String text, TargetAbi target) {
        return SchemaCompiler.compile(SourceFile.of("test.iox", text), CompileOptions.defaults().withTarget(target));
    }

    public static SchemaLayout layout(String text) {
        return layout(text, TargetAbi.DEFAULT);
    }

    public static SchemaLayout layout(String text, TargetAbi target) {
        Compilation compilation = compile(text, target);
        return compilation.layout().orElseThrow(() -> new AssertionError("expected a valid schema, got:\n"
                + compilation.diagnostics().stream().map(d -> d.span().map(s -> s.location() + ": ").orElse("")
                        + d.message()).collect(Collectors.joining("\n"))));
    }

    public static StructLayout struct(SchemaLayout layout, String name) {
        StructDef def = layout.schema().allStructs().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no struct " + name));
        return layout.of(def);
    }
}

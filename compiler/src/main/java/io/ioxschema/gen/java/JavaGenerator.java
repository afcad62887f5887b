package io.ioxschema.gen.java;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.ioxschema.diag.Diagnostic;
import io.ioxschema.gen.GeneratedFile;
import io.ioxschema.gen.GenerationInput;
import io.ioxschema.gen.Generator;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.model.EnumDef;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.Module;
import io.ioxschema.model.Primitive;
import io.ioxschema.model.ServiceDef;
import io.ioxschema.model.StructDef;
import io.ioxschema.model.TypeDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Java 22+ (FFM): one source file per type, in the package the schema names
 * ({@code org.example.sensor} gives {@code org/example/sensor/}): a view class per struct, a
 * Java enum per enum and flags type, a view class per container shape the structs use, and a
 * class of the package's constants. The generated code depends on the JDK alone; on request
 * ({@link GenerationInput#javaServices()}) a class per service joins them, which opens it
 * through the iox-schema runtime.
 */
public final class JavaGenerator implements Generator {

    @Override
    public String language() {
        return "java";
    }

    @Override
    public List<Diagnostic> check(GenerationInput input) {
        List<Diagnostic> diagnostics = new ArrayList<>(JavaChecks.of(input.layout()));
        if (input.javaServices()) {
            diagnostics.addAll(JavaChecks.services(input.layout()));
        }
        return diagnostics;
    }

    @Override
    public List<GeneratedFile> generate(GenerationInput input) {
        SchemaLayout layout = input.layout();
        List<GeneratedFile> files = new ArrayList<>();
        for (JavaPackage pkg : JavaPackage.of(layout.schema())) {
            JavaTypes types = pkg.types();
            StructClass structs = new StructClass(layout, types);
            for (Module module : pkg.modules()) {
                String stamp = input.stamp(module);
                for (TypeDef type : module.types()) {
                    TypeSpec spec = switch (type) {
                        case StructDef s -> structs.build(layout.of(s));
                        case EnumDef e -> EnumClass.build(e);
                    };
                    files.add(file(pkg.name(), spec, stamp));
                }
            }
            if (input.javaServices()) {
                List<ServiceDef> services = pkg.modules().stream().flatMap(m -> m.services().stream()).toList();
                for (Module module : pkg.modules()) {
                    module.services().forEach(service -> files.add(
                            file(pkg.name(), ServiceClass.build(pkg.name(), module, service, services), input.stamp(module))));
                }
            }
            String stamp = input.stamp(pkg.modules());
            files.add(file(pkg.name(), SchemaClass.build(pkg.name(), pkg.modules()), stamp));
            for (Primitive wide : pkg.wides()) {
                files.add(file(pkg.name(), WideClass.build(layout, types, wide), stamp));
            }
            for (FieldType container : pkg.containers().values()) {
                TypeSpec spec = switch (container) {
                    case FieldType.FixedString s -> StringClass.build(layout, types, s);
                    case FieldType.FixedVec v -> VecClass.build(layout, types, v);
                    case FieldType.Array a -> ArrayClass.build(layout, types, a);
                    default -> throw new IllegalStateException("not a container: " + container.schemaText());
                };
                files.add(file(pkg.name(), spec, stamp));
            }
        }
        return files;
    }

    /** Where a class's source file goes: its package as folders. */
    public static String path(String packageName, String simpleName) {
        return packageName.replace('.', '/') + "/" + simpleName + ".java";
    }

    private static GeneratedFile file(String packageName, TypeSpec type, String stamp) {
        String source = JavaFile.builder(packageName, type).addFileComment("$L", JavaDocs.lineComment(stamp))
                .indent("    ").build().toString();
        return new GeneratedFile(path(packageName, type.name()), source);
    }
}

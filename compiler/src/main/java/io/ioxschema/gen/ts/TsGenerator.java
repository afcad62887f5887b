package io.ioxschema.gen.ts;

import io.ioxschema.diag.Diagnostic;
import io.ioxschema.gen.DeclarationOrder;
import io.ioxschema.gen.DocLines;
import io.ioxschema.gen.GeneratedFile;
import io.ioxschema.gen.GenerationInput;
import io.ioxschema.gen.Generator;
import io.ioxschema.gen.Templates;
import io.ioxschema.layout.FieldLayout;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.layout.StructLayout;
import io.ioxschema.model.ConstDef;
import io.ioxschema.model.Doc;
import io.ioxschema.model.EnumDef;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.Module;
import io.ioxschema.model.StructDef;
import io.ioxschema.model.TypeDef;
import io.ioxschema.naming.TypeScriptNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * TypeScript: one ES module per schema file, a zero-copy view class per struct over a
 * DataView, plus {@value #RUNTIME_FILE}, the small runtime every module imports.
 */
public final class TsGenerator implements Generator {

    /** The runtime's file; {@link TsNameCheck} keeps a schema module from taking its name. */
    public static final String RUNTIME_FILE = "iox_runtime.ts";

    /** The DataView property every struct view inherits from the runtime's StructView. */
    static final String VIEW_PROPERTY = "_iox_view";

    private static final TypeScriptNames NAMES = new TypeScriptNames();
    private final Templates templates = new Templates("io/ioxschema/gen/ts");

    @Override
    public String language() {
        return "ts";
    }

    @Override
    public List<Diagnostic> check(GenerationInput input) {
        return TsNameCheck.check(input.layout().schema());
    }

    @Override
    public List<GeneratedFile> generate(GenerationInput input) {
        List<GeneratedFile> files = new ArrayList<>();
        files.add(new GeneratedFile(RUNTIME_FILE, templates.render("runtime.ts.mustache",
                Map.of("stamp", input.sharedStamp()))));
        for (Module module : input.layout().schema().modules()) {
            files.add(new GeneratedFile(fileName(module.packageName()), module(input, module)));
        }
        return files;
    }

    /** The module of a package, e.g. {@code common_units.ts}. */
    public static String fileName(String packageName) {
        return packageName.replace('.', '_') + ".ts";
    }

    /** How one generated module imports another: ES module specifiers name the compiled file. */
    public static String importPath(String file) {
        return "./" + file.substring(0, file.length() - ".ts".length()) + ".js";
    }

    private String module(GenerationInput input, Module module) {
        SchemaLayout layout = input.layout();
        TsTypes types = new TsTypes(layout, module.packageName());
        TsAccessors accessors = new TsAccessors(layout, types);
        TsModule model = new TsModule(input.stamp(module), module.packageName(), importPath(RUNTIME_FILE),
                usedPackages(module).stream().map(p -> new TsModule.Import(TsTypes.alias(p), importPath(fileName(p))))
                        .toList(),
                module.constants().stream().map(TsGenerator::constant).toList(),
                module.enums().stream().map(TsGenerator::enumeration).toList(),
                DeclarationOrder.structs(module).stream().map(s -> struct(layout.of(s), accessors)).toList());
        return templates.render("module.ts.mustache", model);
    }

    /** The other packages whose types this module's fields use (an unused import would not compile strictly). */
    private static Set<String> usedPackages(Module module) {
        Set<String> packages = new TreeSet<>();
        module.structs().forEach(s -> s.fields().forEach(f -> referencedTypes(f.type())
                .map(TypeDef::packageName).filter(p -> !p.equals(module.packageName())).forEach(packages::add)));
        return packages;
    }

    private static Stream<TypeDef> referencedTypes(FieldType type) {
        return switch (type) {
            case FieldType.StructRef r -> Stream.of(r.struct());
            case FieldType.EnumRef e -> Stream.of(e.enumDef());
            case FieldType.Array a -> referencedTypes(a.element());
            case FieldType.FixedVec v -> referencedTypes(v.element());
            default -> Stream.empty();
        };
    }

    private static TsModule.Constant constant(ConstDef constant) {
        // An untyped constant is a number where a JavaScript number holds it exactly.
        String type = constant.type().map(TsTypes::integerType)
                .orElse(constant.value().abs().bitLength() <= 53 ? "number" : "bigint");
        return new TsModule.Constant(NAMES.member(constant.name()), TsTypes.literal(constant.value(), type),
                jsDoc(constant.doc(), List.of()));
    }

    private static TsModule.Enum enumeration(EnumDef def) {
        List<TsModule.Constant> values = def.values().stream().map(v -> new TsModule.Constant(
                NAMES.property(v.name()), TsTypes.literal(v.value(), TsTypes.integerType(def.base())), jsDoc(v.doc(), List.of()))).toList();
        String declared = "`" + def.kindName() + " " + def.name() + " : " + def.base().keyword() + "`";
        String type = def.isFlags() ? TsTypes.integerType(def.base())
                : "(typeof " + def.name() + ")[keyof typeof " + def.name() + "]";
        List<String> typeDoc = def.isFlags()
                ? List.of("A set of " + def.name() + " bits (" + declared + "); combine them with `|`.")
                : List.of("A value of " + def.name() + " (" + declared + ").", "Any " + def.base().keyword()
                        + " may arrive from another language: one that no member declares reads as it is.");
        return new TsModule.Enum(def.name(), type, values, jsDoc(def.doc(), List.of()), jsDoc(Doc.NONE, typeDoc));
    }

    private static TsModule.Struct struct(StructLayout struct, TsAccessors accessors) {
        StructDef def = struct.struct();
        List<TsModule.Field> fields = new ArrayList<>();
        for (FieldLayout field : struct.fields()) {
            TsAccessors.Accessor accessor = accessors.of(field);
            fields.add(new TsModule.Field(NAMES.property(field.name()), field.offset(), field.size(),
                    field.alignment(), accessor.type(), accessor.getter(), accessor.setter(),
                    jsDoc(field.field().doc(), List.of("`" + field.name() + ": " + field.field().type().schemaText()
                            + "`: offset " + field.offset() + ", size " + field.size() + "."))));
        }
        return new TsModule.Struct(def.name(), def.typeName(), struct.size(), struct.alignment(), fields,
                struct.padding().stream().map(p -> new TsModule.Place(p.offset(), p.size())).toList(),
                jsDoc(def.doc(), List.of("iceoryx2 type name \"" + def.typeName() + "\": " + struct.size()
                        + " bytes, aligned to " + struct.alignment() + ".")));
    }

    /** JSDoc lines: the schema's doc, a blank line, then what the generator adds. */
    private static List<String> jsDoc(Doc doc, List<String> added) {
        List<String> lines = new ArrayList<>();
        DocLines.forBlockComment(doc).forEach(l -> lines.add(l.isEmpty() ? "" : " " + l));
        if (!lines.isEmpty() && !added.isEmpty()) {
            lines.add("");
        }
        added.forEach(l -> lines.add(" " + l.replace("*/", "* /")));
        return lines;
    }
}

package io.ioxschema.gen.rust;

import io.ioxschema.diag.Diagnostic;
import io.ioxschema.gen.DeclarationOrder;
import io.ioxschema.gen.GeneratedFile;
import io.ioxschema.gen.GenerationInput;
import io.ioxschema.gen.Generator;
import io.ioxschema.gen.PrimitiveTable;
import io.ioxschema.gen.Slot;
import io.ioxschema.gen.Slots;
import io.ioxschema.gen.Templates;
import io.ioxschema.layout.FieldLayout;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.layout.StructLayout;
import io.ioxschema.layout.TypeLayout;
import io.ioxschema.model.ConstDef;
import io.ioxschema.model.Doc;
import io.ioxschema.model.EnumDef;
import io.ioxschema.model.EnumValue;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.Module;
import io.ioxschema.model.Primitive;
import io.ioxschema.model.StructDef;
import io.ioxschema.naming.RustNames;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Rust: one module file per schema file, {@code <package with dots as _>.rs}, plus
 * {@code iox_support.rs} with the containers; all are siblings in one parent module and
 * reach each other through {@code super::}. Structs are {@code #[repr(C)]} with explicit
 * padding and compile-time layout assertions; enums and flags are {@code #[repr(transparent)]}
 * integers, so a value another language wrote is never undefined behaviour.
 */
public final class RustGenerator implements Generator {

    /** The module with the containers and {@code Zeroed}; no package may take its name. */
    public static final String SUPPORT_MODULE = "iox_support";

    private static final RustNames NAMES = new RustNames();
    private final Templates templates = new Templates("io/ioxschema/gen/rust");

    @Override
    public String language() {
        return "rust";
    }

    @Override
    public List<Diagnostic> check(GenerationInput input) {
        return RustChecks.of(input.layout());
    }

    @Override
    public List<GeneratedFile> generate(GenerationInput input) {
        List<GeneratedFile> files = new ArrayList<>();
        files.add(new GeneratedFile(SUPPORT_MODULE + ".rs", support(input)));
        for (Module module : input.layout().schema().modules()) {
            files.add(new GeneratedFile(fileName(module.packageName()), module(input, module)));
        }
        return List.copyOf(files);
    }

    public static String fileName(String packageName) {
        return NAMES.moduleFile(packageName) + ".rs";
    }

    private String support(GenerationInput input) {
        List<String> integers = Arrays.stream(Primitive.values()).filter(Primitive::isInteger)
                .map(p -> PrimitiveTable.of(p).rust()).toList();
        List<String> floats = Arrays.stream(Primitive.values()).filter(p -> p.kind() == Primitive.Kind.FLOAT)
                .map(p -> PrimitiveTable.of(p).rust()).toList();
        record Support(String stamp, List<String> integers, List<String> floats) {
        }
        return templates.render("iox_support.rs.mustache", new Support(
                input.sharedStamp(), integers, floats));
    }

    private String module(GenerationInput input, Module module) {
        SchemaLayout layout = input.layout();
        RustTypes types = new RustTypes(layout, module.packageName());
        List<FieldType> containers = DeclarationOrder.items(module).stream()
                .filter(DeclarationOrder.ContainerItem.class::isInstance)
                .map(i -> ((DeclarationOrder.ContainerItem) i).type()).toList();
        String declarations = "mod " + SUPPORT_MODULE + "; " + layout.schema().modules().stream()
                .map(m -> "mod " + NAMES.module(m.packageName()) + ";").collect(Collectors.joining(" "));
        RustModule model = new RustModule(input.stamp(module), declarations, !module.types().isEmpty(),
                supportImport(containers),
                module.constants().stream().map(RustGenerator::constant).toList(),
                module.enums().stream().map(RustGenerator::enumeration).toList(),
                module.structs().stream().map(s -> struct(layout, types, layout.of(s))).toList(),
                containers.stream().flatMap(c -> containerAsserts(layout, types, c).stream()).toList(),
                RustServices.of(module, layout.schema().modules().stream()
                        .filter(m -> m.packageName().equals(module.packageName())).flatMap(m -> m.services().stream()).toList(), types));
        return templates.render("module.rs.mustache", model);
    }

    private static String supportImport(List<FieldType> containers) {
        Set<String> names = new TreeSet<>(Set.of("Zeroed"));
        containers.forEach(c -> names.add(c instanceof FieldType.FixedString ? "IoxString" : "IoxVec"));
        return names.size() == 1 ? names.iterator().next() : "{" + String.join(", ", names) + "}";
    }

    private static RustModule.Constant constant(ConstDef constant) {
        return new RustModule.Constant(NAMES.constant(constant.name()),
                RustTypes.constantType(constant.type(), constant.value()), constant.value().toString(),
                doc(constant.doc(), "The schema constant `" + constant.name() + "`."));
    }

    private static RustModule.Enum enumeration(EnumDef def) {
        String name = NAMES.member(def.name());
        List<RustModule.Value> values = def.values().stream().map(v -> new RustModule.Value(
                NAMES.constant(v.name()), RustTypes.literal(v.value(), def.isFlags()),
                doc(v.doc(), "`" + v.name() + "`"))).toList();
        Set<BigInteger> seen = new HashSet<>();
        List<RustModule.Name> names = new ArrayList<>();
        for (EnumValue value : def.values()) {
            // One name per value: match arms must not repeat, and a zero flag is never "set".
            if (seen.add(value.value()) && !(def.isFlags() && value.value().signum() == 0)) {
                names.add(new RustModule.Name(NAMES.constant(value.name()), value.name()));
            }
        }
        BigInteger allBits = def.values().stream().map(EnumValue::value).reduce(BigInteger.ZERO, BigInteger::or);
        String kind = def.isFlags() ? "flags" : "enum";
        List<String> doc = new ArrayList<>(doc(def.doc(), "The " + kind + " `" + def.name() + "` of the schema."));
        doc.add("");
        doc.add(def.isFlags()
                ? " A set of bits over `" + def.base().keyword() + "`; bits without a name are kept as they are."
                : " An integer, not a Rust `enum`: a value without a name (written by another process) is valid;"
                        + " the default is 0, as in a zeroed buffer.");
        return new RustModule.Enum(name, def.name(), PrimitiveTable.of(def.base()).rust(), def.isFlags(), values,
                names, RustTypes.literal(allBits, true), RustLints.forType(name, List.of()), doc);
    }

    private static RustModule.Struct struct(SchemaLayout layout, RustTypes types, StructLayout struct) {
        StructDef def = struct.struct();
        String name = NAMES.member(def.name());
        List<RustModule.Member> members = new ArrayList<>();
        for (Slot slot : Slots.of(struct)) {
            members.add(slot.isPadding() ? padding(slot) : field(types, slot.field().get()));
        }
        List<RustModule.Field> fields = struct.fields().stream()
                .map(f -> new RustModule.Field(NAMES.member(f.name()), f.name())).toList();
        String equality = fields.stream().map(f -> "self." + f.name() + " == other." + f.name())
                .collect(Collectors.joining("\n            && "));
        List<String> asserts = new ArrayList<>();
        asserts.add("::core::mem::size_of::<" + name + ">() == " + struct.size());
        asserts.add("::core::mem::align_of::<" + name + ">() == " + struct.alignment());
        for (FieldLayout field : struct.fields()) {
            asserts.add("::core::mem::offset_of!(" + name + ", " + NAMES.member(field.name()) + ") == "
                    + field.offset());
        }
        long natural = struct.fields().stream().mapToLong(f -> layout.of(f.field().type()).alignment()).max()
                .orElse(1);
        return new RustModule.Struct(name, def.name(), def.typeName(), struct.size(), struct.alignment(),
                struct.alignment() > natural ? struct.alignment() : null, members, fields, equality, asserts,
                RustLints.forType(name, fields.stream().map(RustModule.Field::name).toList()),
                doc(def.doc(), "The struct `" + def.name() + "` of the schema."));
    }

    private static RustModule.Member padding(Slot slot) {
        return new RustModule.Member(slot.paddingName(), "[u8; " + slot.size() + "]", "[0; " + slot.size() + "]",
                List.of(" Padding at offset " + slot.offset() + ", size " + slot.size() + ": keep it zero."));
    }

    private static RustModule.Member field(RustTypes types, FieldLayout field) {
        FieldType type = field.field().type();
        List<String> doc = new ArrayList<>(doc(field.field().doc(), null));
        if (!doc.isEmpty()) {
            doc.add("");
        }
        doc.add(" `" + type.schemaText() + "` at offset " + field.offset() + ", size " + field.size() + ".");
        return new RustModule.Member(NAMES.member(field.name()), types.of(type), types.zero(type), doc);
    }

    private static List<String> containerAsserts(SchemaLayout layout, RustTypes types, FieldType container) {
        String type = types.of(container);
        TypeLayout whole = layout.of(container);
        return List.of("::core::mem::size_of::<" + type + ">() == " + whole.size(),
                "::core::mem::align_of::<" + type + ">() == " + whole.alignment(),
                "<" + type + ">::LEN_OFFSET == " + layout.lengthOffset(container));
    }

    /** Doc lines for {@code ///}; {@code fallback} (if not null) where the schema has none. */
    private static List<String> doc(Doc doc, String fallback) {
        if (doc.isEmpty()) {
            return fallback == null ? List.of() : List.of(" " + fallback);
        }
        return doc.lines().stream().map(l -> l.isBlank() ? "" : " " + l).toList();
    }
}

package io.ioxschema.gen.cpp;

import io.ioxschema.diag.Diagnostic;
import io.ioxschema.gen.DeclarationOrder;
import io.ioxschema.gen.GeneratedFile;
import io.ioxschema.gen.HeaderFiles;
import io.ioxschema.gen.Int128Use;
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
import io.ioxschema.model.EnumDef;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.Module;
import io.ioxschema.model.Primitive;
import io.ioxschema.model.StructDef;
import io.ioxschema.naming.CppNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * C++17: one header per schema file, a namespace per package, standard-layout structs with
 * explicit padding and {@code static_assert}s of the layout, {@code enum class} for enums and flags.
 */
public final class CppGenerator implements Generator {

    private static final HeaderFiles FILES = new HeaderFiles("hpp");

    static final CppNames NAMES = new CppNames();

    /** Static members every generated struct declares next to its fields (spelled out in header.hpp.mustache). */
    static final List<String> STRUCT_CONSTANTS = List.of("IOX2_TYPE_NAME", "IOX2_SIZE", "IOX2_ALIGNMENT");

    private final Templates templates = new Templates("io/ioxschema/gen/cpp");

    @Override
    public String language() {
        return "cpp";
    }

    @Override
    public List<Diagnostic> check(GenerationInput input) {
        return CppNameClashes.find(input.layout());
    }

    @Override
    public List<GeneratedFile> generate(GenerationInput input) {
        return FILES.perModule(input, m -> header(input, m));
    }

    private String header(GenerationInput input, Module module) {
        SchemaLayout layout = input.layout();
        CppHeader model = new CppHeader(input.stamp(module),
                FILES.includeGuard(module.packageName()),
                module.structs().stream().anyMatch(s -> s.fields().stream().anyMatch(f -> usesArray(f.type()))),
                FILES.imports(module),
                Int128Use.in(module),
                CppTypes.namespace(module.packageName()),
                module.constants().stream().map(CppGenerator::constant).toList(),
                module.enums().stream().map(CppGenerator::enumeration).toList(),
                DeclarationOrder.items(module).stream().map(item -> switch (item) {
                    case DeclarationOrder.StructItem s -> new CppHeader.Declaration(null, struct(layout, s.struct()));
                    case DeclarationOrder.ContainerItem c ->
                            new CppHeader.Declaration(container(layout, c.type(), module.packageName()), null);
                }).toList());
        return templates.render("header.hpp.mustache", model);
    }

    private static boolean usesArray(FieldType type) {
        return switch (type) {
            case FieldType.Array a -> true;
            case FieldType.FixedVec v -> usesArray(v.element());
            default -> false;
        };
    }

    private static CppHeader.Constant constant(ConstDef constant) {
        Primitive type = constant.storageType();
        return new CppHeader.Constant(PrimitiveTable.of(type).cpp(), NAMES.member(constant.name()),
                CppTypes.literal(constant.value(), type), CppComments.of(constant.doc()));
    }

    private static CppHeader.Enum enumeration(EnumDef def) {
        List<CppHeader.Enumerator> values = def.values().stream()
                .map(v -> new CppHeader.Enumerator(NAMES.member(v.name()), CppTypes.literal(v.value(), def.base()),
                        CppComments.of(v.doc())))
                .toList();
        return new CppHeader.Enum(def.name(), def.kindName(), def.base().keyword(),
                PrimitiveTable.of(def.base()).cpp(), def.isFlags(), values, CppComments.of(def.doc()));
    }

    private static CppHeader.Struct struct(SchemaLayout layout, StructDef def) {
        StructLayout struct = layout.of(def);
        CppTypes.Scope scope = new CppTypes.Scope(def.packageName(), memberNames(struct));
        List<CppHeader.Member> members = Slots.of(struct).stream()
                .map(slot -> slot.isPadding() ? padding(slot) : field(layout, slot.field().get(), scope))
                .toList();
        long largestField = struct.fields().stream().mapToLong(FieldLayout::alignment).max().orElse(1);
        List<String> asserts = new ArrayList<>();
        asserts.add("sizeof(" + def.name() + ") == " + struct.size());
        asserts.add("alignof(" + def.name() + ") == " + struct.alignment());
        for (FieldLayout field : struct.fields()) {
            asserts.add("offsetof(" + def.name() + ", " + NAMES.member(field.name()) + ") == " + field.offset());
        }
        return new CppHeader.Struct(def.name(),
                struct.alignment() > largestField ? "alignas(" + struct.alignment() + ") " : "",
                def.typeName(), struct.size(), struct.alignment(), members, asserts, CppComments.of(def.doc()));
    }

    /** Every name declared inside the struct: fields, padding and the generated constants. */
    static Set<String> memberNames(StructLayout struct) {
        Set<String> names = new HashSet<>(STRUCT_CONSTANTS);
        for (Slot slot : Slots.of(struct)) {
            names.add(slot.isPadding() ? slot.paddingName() : NAMES.member(slot.field().get().name()));
        }
        return names;
    }

    private static CppHeader.Member padding(Slot slot) {
        return new CppHeader.Member("std::uint8_t " + slot.paddingName() + "[" + slot.size() + "]",
                "padding: offset " + slot.offset() + ", size " + slot.size(), List.of());
    }

    private static CppHeader.Member field(SchemaLayout layout, FieldLayout field, CppTypes.Scope scope) {
        FieldType type = field.field().type();
        TypeLayout natural = layout.of(type);
        String alignas = field.alignment() > natural.alignment() ? "alignas(" + field.alignment() + ") " : "";
        return new CppHeader.Member(alignas + CppTypes.spell(type, scope) + " " + NAMES.member(field.name()),
                type.schemaText() + ": offset " + field.offset() + ", size " + field.size(),
                CppComments.of(field.field().doc()));
    }

    private static CppHeader.Container container(SchemaLayout layout, FieldType type, String packageName) {
        String name = CppTypes.spell(type, CppTypes.Scope.namespace(packageName));
        TypeLayout whole = layout.of(type);
        return new CppHeader.Container(name, type.schemaText(), List.of(
                "sizeof(" + name + ") == " + whole.size(),
                "alignof(" + name + ") == " + whole.alignment(),
                CppTypes.SUPPORT_NAMESPACE + "::detail::length_offset<" + name + ">() == "
                        + layout.lengthOffset(type)));
    }
}

package io.ioxschema.gen.c;

import io.ioxschema.diag.Diagnostic;
import io.ioxschema.gen.ContainerSlots;
import io.ioxschema.gen.DeclarationOrder;
import io.ioxschema.gen.DocLines;
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
import io.ioxschema.naming.CNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** C11: one header per schema file, with explicit padding and {@code _Static_assert}s of the layout. */
public final class CGenerator implements Generator {

    private static final HeaderFiles FILES = new HeaderFiles("h");

    private static final CNames NAMES = new CNames();
    private final Templates templates = new Templates("io/ioxschema/gen/c");

    @Override
    public String language() {
        return "c";
    }

    @Override
    public List<Diagnostic> check(GenerationInput input) {
        return List.of(); // 128-bit types on 32-bit targets are already a layout error
    }

    @Override
    public List<GeneratedFile> generate(GenerationInput input) {
        return FILES.perModule(input, m -> header(input, m));
    }

    private String header(GenerationInput input, Module module) {
        SchemaLayout layout = input.layout();
        CHeader model = new CHeader(input.stamp(module),
                FILES.includeGuard(module.packageName()),
                FILES.imports(module),
                Int128Use.in(module),
                module.constants().stream().map(CGenerator::constant).toList(),
                module.enums().stream().map(CGenerator::enumeration).toList(),
                DeclarationOrder.items(module).stream().map(item -> switch (item) {
                    case DeclarationOrder.StructItem s -> new CHeader.Declaration(null, struct(layout, layout.of(s.struct())));
                    case DeclarationOrder.ContainerItem c -> new CHeader.Declaration(container(layout, c.type()), null);
                }).toList());
        return templates.render("header.h.mustache", model);
    }

    private static CHeader.Constant constant(ConstDef constant) {
        Primitive type = constant.storageType();
        return value(NAMES.member(constant.name()), constant.value(), type, PrimitiveTable.of(type).c(),
                constant.doc());
    }

    /**
     * An enum constant where the value fits {@code int} (usable in constant expressions, and
     * no macro to collide with member names), else a typed {@code static const}.
     */
    private static CHeader.Constant value(String name, java.math.BigInteger value, Primitive type, String cType,
                                          io.ioxschema.model.Doc doc) {
        boolean fitsInt = Primitive.I32.fits(value);
        return new CHeader.Constant(name, fitsInt ? value.toString() : CTypes.literal(value, type), cType,
                fitsInt, DocLines.forBlockComment(doc));
    }

    private static CHeader.Enum enumeration(EnumDef def) {
        List<CHeader.Constant> values = def.values().stream()
                .map(v -> value(def.name() + "_" + v.name(), v.value(), def.base(), def.name(), v.doc()))
                .toList();
        return new CHeader.Enum(def.name(), def.kindName(), def.base().keyword(),
                PrimitiveTable.of(def.base()).c(), values, DocLines.forBlockComment(def.doc()));
    }

    private static CHeader.Struct struct(SchemaLayout layout, StructLayout struct) {
        StructDef def = struct.struct();
        long largestMember = struct.fields().stream().mapToLong(FieldLayout::alignment).max().orElse(1);
        List<CHeader.Member> members = new ArrayList<>();
        for (Slot slot : Slots.of(struct)) {
            members.add(slot.isPadding() ? padding(slot) : field(layout, slot.field().get(), members.isEmpty()
                    && struct.alignment() > largestMember ? struct.alignment() : 0));
        }
        List<String> asserts = new ArrayList<>();
        asserts.add("sizeof(" + def.name() + ") == " + struct.size());
        asserts.add("_Alignof(" + def.name() + ") == " + struct.alignment());
        for (FieldLayout field : struct.fields()) {
            asserts.add("offsetof(" + def.name() + ", " + NAMES.member(field.name()) + ") == " + field.offset());
        }
        return new CHeader.Struct(def.name(), def.typeName(), struct.size(), struct.alignment(), members, asserts,
                DocLines.forBlockComment(def.doc()));
    }

    private static CHeader.Member padding(Slot slot) {
        return new CHeader.Member("uint8_t " + slot.paddingName() + "[" + slot.size() + "]",
                "padding: offset " + slot.offset() + ", size " + slot.size(), List.of());
    }

    /** {@code structAlignment} > 0 puts the struct's own {@code @align} on its first member. */
    private static CHeader.Member field(SchemaLayout layout, FieldLayout field, long structAlignment) {
        TypeLayout natural = layout.of(field.field().type());
        long alignas = Math.max(field.alignment() > natural.alignment() ? field.alignment() : 0, structAlignment);
        String declaration = (alignas > 0 ? "_Alignas(" + alignas + ") " : "")
                + CTypes.declare(field.field().type(), NAMES.member(field.name()));
        return new CHeader.Member(declaration, field.field().type().schemaText() + ": offset " + field.offset()
                + ", size " + field.size(), DocLines.forBlockComment(field.field().doc()));
    }

    private static CHeader.Container container(SchemaLayout layout, FieldType type) {
        List<CHeader.Member> members = ContainerSlots.of(layout, type).stream()
                .map(m -> new CHeader.Member(containerMember(type, m), containerComment(m), List.of()))
                .toList();
        String doc = type instanceof FieldType.FixedString s
                ? "iceoryx2 StaticString<" + s.capacity() + ">: UTF-8 bytes, a zero terminator, the length."
                : "iceoryx2 StaticVec<" + ((FieldType.FixedVec) type).element().schemaText() + ", "
                        + ((FieldType.FixedVec) type).capacity() + ">: the elements, then their count.";
        TypeLayout whole = layout.of(type);
        String name = CTypes.typeName(type);
        List<String> asserts = List.of("sizeof(" + name + ") == " + whole.size(),
                "_Alignof(" + name + ") == " + whole.alignment(),
                "offsetof(" + name + ", len) == " + layout.lengthOffset(type));
        return new CHeader.Container(name, name.toUpperCase(Locale.ROOT) + "_DEFINED", members, asserts, List.of(doc));
    }

    private static String containerMember(FieldType type, ContainerSlots.Member member) {
        return switch (member.kind()) {
            case DATA -> type instanceof FieldType.FixedVec v
                    ? CTypes.declare(new FieldType.Array(v.element(), v.capacity()), member.name())
                    : "uint8_t " + member.name() + "[" + member.size() + "]";
            case TERMINATOR -> "uint8_t " + member.name();
            case PADDING -> "uint8_t " + member.name() + "[" + member.size() + "]";
            case LENGTH -> PrimitiveTable.of(Primitive.U64).c() + " " + member.name();
        };
    }

    private static String containerComment(ContainerSlots.Member member) {
        return switch (member.kind()) {
            case DATA -> "UTF-8 bytes or elements";
            case TERMINATOR -> "always 0";
            case PADDING -> "padding: offset " + member.offset() + ", size " + member.size();
            case LENGTH -> "number of bytes or elements in use";
        };
    }
}

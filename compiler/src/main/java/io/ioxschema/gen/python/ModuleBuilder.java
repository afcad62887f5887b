package io.ioxschema.gen.python;

import io.ioxschema.gen.ContainerSlots;
import io.ioxschema.gen.DeclarationOrder;
import io.ioxschema.gen.PrimitiveTable;
import io.ioxschema.gen.Slot;
import io.ioxschema.gen.Slots;
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
import io.ioxschema.naming.PythonNames;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Builds the view model of one schema module's Python module. */
final class ModuleBuilder {

    private static final PythonNames NAMES = new PythonNames();

    private final SchemaLayout layout;
    private final CtypesAlignment alignment;
    private final Module module;
    private final String pkg;

    ModuleBuilder(SchemaLayout layout, Module module) {
        this.layout = layout;
        this.alignment = new CtypesAlignment(layout);
        this.module = module;
        this.pkg = module.packageName();
    }

    PythonModule build(String stamp) {
        List<String> exports = new ArrayList<>();
        module.constants().forEach(c -> exports.add(PythonText.literal(NAMES.member(c.name()))));
        module.types().forEach(t -> exports.add(PythonText.literal(t.name())));
        module.services().forEach(service -> {
            exports.add(PythonText.literal(PythonServices.constant(service, module)));
            exports.add(PythonText.literal(PythonServices.function(service, module)));
        });
        return new PythonModule(stamp, pkg, PythonTypes.moduleName(pkg), importedModules(module), exports,
                module.constants().stream().map(ModuleBuilder::constant).toList(),
                module.enums().stream().map(ModuleBuilder::enumeration).toList(),
                DeclarationOrder.items(module).stream().map(item -> switch (item) {
                    case DeclarationOrder.StructItem s -> new PythonModule.Declaration(null, struct(s.struct()));
                    case DeclarationOrder.ContainerItem c -> new PythonModule.Declaration(container(c.type()), null);
                }).toList(),
                PythonServices.of(module));
    }

    /** The other generated modules a module names: where the types its fields use live. */
    static List<String> importedModules(Module module) {
        Set<String> packages = new TreeSet<>();
        module.structs().forEach(s -> s.fields().forEach(f -> packagesUsed(f.type(), packages)));
        module.services().forEach(s -> s.types().values().forEach(t -> packages.add(t.packageName())));
        packages.remove(module.packageName());
        return packages.stream().map(PythonTypes::moduleName).toList();
    }

    private static void packagesUsed(FieldType type, Set<String> packages) {
        switch (type) {
            case FieldType.StructRef r -> packages.add(r.struct().packageName());
            case FieldType.EnumRef e -> packages.add(e.enumDef().packageName());
            case FieldType.Array a -> packagesUsed(a.element(), packages);
            case FieldType.FixedVec v -> packagesUsed(v.element(), packages);
            default -> {
            }
        }
    }

    private static PythonModule.Constant constant(ConstDef constant) {
        return new PythonModule.Constant(NAMES.member(constant.name()), constant.value().toString(),
                constant.doc().lines());
    }

    private static PythonModule.Enum enumeration(EnumDef def) {
        String summary = "``" + def.kindName() + " " + def.name() + " : " + def.base().keyword()
                + "``. A field of this type holds the raw integer, so values\nno member has stay readable.";
        List<PythonModule.Member> members = def.values().stream().map(v -> new PythonModule.Member(
                NAMES.member(v.name()), value(def, v), v.doc().lines())).toList();
        return new PythonModule.Enum(def.name(), def.isFlags() ? "enum.IntFlag" : "enum.IntEnum",
                PythonText.docstring(def.doc(), List.of(summary)), members);
    }

    /** Flags in hex, where the bits show; enum values in decimal. */
    private static String value(EnumDef def, EnumValue value) {
        BigInteger v = value.value();
        return def.isFlags() && v.signum() >= 0 ? "0x" + v.toString(16) : v.toString();
    }

    private PythonModule.Struct struct(StructDef def) {
        StructLayout struct = layout.of(def);
        List<PythonModule.Field> fields = new ArrayList<>();
        alignment.raiser(struct).ifPresent(type -> fields.add(new PythonModule.Field(
                PythonText.literal(Slot.RESERVED_PREFIX + "align"), type,
                "raises the alignment to " + alignment.before313(struct.alignment()))));
        for (Slot slot : Slots.of(struct)) {
            fields.add(slot.isPadding()
                    ? padding(slot.paddingName(), slot.offset(), slot.size())
                    : field(slot.field().get()));
        }
        Long align = struct.alignment() > alignment.largest() ? struct.alignment() : null;
        String layoutLine = "iceoryx2 type name \"" + def.typeName() + "\"; " + struct.size() + " bytes, aligned to "
                + struct.alignment() + (align == null ? "." : "\n(by ctypes before Python 3.13 to "
                + alignment.before313(struct.alignment()) + " only).");
        List<String> paragraphs = new ArrayList<>(List.of(layoutLine));
        paragraphs.add("Fields:\n" + String.join("\n", struct.fields().stream().map(ModuleBuilder::fieldLine)
                .toList()));
        List<PythonModule.Accessor> accessors = def.fields().stream()
                .filter(f -> PythonTypes.needsConversion(f.type())).map(f -> StructMembers.accessor(f, pkg)).toList();
        return new PythonModule.Struct(def.name(), PythonText.docstring(def.doc(), paragraphs), align, fields,
                struct.size(), struct.alignment(), PythonText.literal(def.typeName()), accessors,
                check(def.name(), struct.size(), struct.alignment(), struct.fields().stream()
                        .map(f -> new PythonModule.Offset(PythonText.literal(f.name()), f.offset())).toList()));
    }

    private static String fieldLine(FieldLayout field) {
        String doc = String.join(" ", field.field().doc().lines());
        return "    " + field.name() + " (" + field.field().type().schemaText() + ", offset " + field.offset() + ")"
                + (doc.isEmpty() ? "" : ": " + doc);
    }

    private PythonModule.Field field(FieldLayout field) {
        FieldType type = field.field().type();
        return new PythonModule.Field(PythonText.literal(field.name()), PythonTypes.ctype(type, pkg),
                type.schemaText() + " at offset " + field.offset());
    }

    private static PythonModule.Field padding(String name, long offset, long size) {
        return new PythonModule.Field(PythonText.literal(name), PrimitiveTable.of(Primitive.U8).python() + " * " + size,
                "padding at offset " + offset);
    }

    private PythonModule.Container container(FieldType type) {
        String name = PythonTypes.containerName(type);
        TypeLayout whole = layout.of(type);
        List<PythonModule.Field> fields = new ArrayList<>();
        for (ContainerSlots.Member member : ContainerSlots.of(layout, type)) {
            fields.add(switch (member.kind()) {
                case DATA -> new PythonModule.Field(PythonText.literal(member.name()), dataType(type),
                        type instanceof FieldType.FixedString ? "UTF-8 bytes" : "elements");
                case TERMINATOR -> new PythonModule.Field(PythonText.literal(member.name()),
                        PrimitiveTable.of(Primitive.U8).python(), "always 0");
                case PADDING -> padding(member.name(), member.offset(), member.size());
                case LENGTH -> new PythonModule.Field(PythonText.literal(member.name()),
                        PrimitiveTable.of(Primitive.U64).python(), (type instanceof FieldType.FixedString
                        ? "bytes" : "elements") + " in use, at offset " + member.offset());
            });
        }
        String base;
        long capacity;
        String enumClass = null;
        String doc;
        if (type instanceof FieldType.FixedString s) {
            base = "_iox.StaticString";
            capacity = s.capacity();
            doc = "iceoryx2 StaticString<" + capacity + ">: UTF-8 bytes, a zero terminator, the length.";
        } else {
            FieldType.FixedVec v = (FieldType.FixedVec) type;
            base = "_iox.StaticVec";
            capacity = v.capacity();
            enumClass = PythonTypes.enumLeaf(v.element()).map(e -> PythonTypes.enumClass(e, pkg)).orElse(null);
            doc = "iceoryx2 StaticVec<" + v.element().schemaText() + ", " + capacity
                    + ">: the elements, then their count.";
        }
        return new PythonModule.Container(name, base, capacity, enumClass,
                PythonText.docstring(Doc.NONE, List.of(doc)), fields,
                check(name, whole.size(), whole.alignment(),
                        List.of(new PythonModule.Offset("\"len\"", layout.lengthOffset(type)))));
    }

    private String dataType(FieldType type) {
        return switch (type) {
            case FieldType.FixedString s -> PrimitiveTable.of(Primitive.U8).python() + " * " + s.capacity();
            case FieldType.FixedVec v -> PythonTypes.ctype(new FieldType.Array(v.element(), v.capacity()), pkg);
            default -> throw new IllegalArgumentException(type.schemaText());
        };
    }

    private PythonModule.LayoutCheck check(String cls, long size, long structAlignment,
                                           List<PythonModule.Offset> offsets) {
        return new PythonModule.LayoutCheck(cls, PythonText.literal(layout.target().name()), size, structAlignment,
                alignment.before313(structAlignment), offsets);
    }
}

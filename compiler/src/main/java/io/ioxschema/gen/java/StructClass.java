package io.ioxschema.gen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.ioxschema.gen.Slot;
import io.ioxschema.gen.Slots;
import io.ioxschema.layout.FieldLayout;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.layout.StructLayout;
import io.ioxschema.model.FieldDef;
import io.ioxschema.model.Primitive;
import io.ioxschema.model.StructDef;
import io.ioxschema.naming.JavaNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The class of a struct: its iceoryx2 type name, size, alignment and {@code LAYOUT}; a view
 * with a getter and a fluent setter per field; and a nested record of plain values with copies
 * to and from it.
 */
final class StructClass {

    private static final JavaNames NAMES = new JavaNames();

    private final SchemaLayout layout;
    private final JavaTypes types;
    private final MemoryLayouts memoryLayouts;

    StructClass(SchemaLayout layout, JavaTypes types) {
        this.layout = layout;
        this.types = types;
        this.memoryLayouts = new MemoryLayouts(layout, types);
    }

    /** A field's accessor spelling, also its record component's name. */
    static String accessor(FieldDef field) {
        return NAMES.accessor(field.name());
    }

    /** The raw accessors of an enum field: {@code modeRaw()}. */
    static String rawAccessor(FieldDef field) {
        return NAMES.accessor(field.name() + "Raw");
    }

    TypeSpec build(StructLayout struct) {
        StructDef def = struct.struct();
        ClassName name = JavaTypes.type(def);
        ViewClass view = new ViewClass(name, javadoc(struct),
                List.of(ViewClass.constant(JavaTypes.STRING, "TYPE_NAME", CodeBlock.of("$S", def.typeName()),
                        "The iceoryx2 type name; every language carries the same one.")),
                struct.size(), struct.alignment(), ViewClass.STRUCT_LAYOUT, layoutOf(struct), layout.target().name());
        for (FieldLayout field : struct.fields()) {
            view.check("offset of " + field.name(), CodeBlock.of("LAYOUT.byteOffset($T.PathElement.groupElement($S))",
                    ViewClass.MEMORY_LAYOUT, field.name()), CodeBlock.of("$L", field.offset()));
        }
        factories(view);
        Accessors accessors = new Accessors(view, types);
        List<Place> places = new ArrayList<>();
        for (FieldLayout field : struct.fields()) {
            Place place = place(field);
            places.add(place);
            accessors.add(place, Shape.of(field.field().type()));
        }
        records(view, struct, places);
        return view.build();
    }

    private Place place(FieldLayout field) {
        FieldDef def = field.field();
        CodeBlock offset = field.offset() == 0 ? CodeBlock.of("$N", ViewClass.OFFSET)
                : CodeBlock.of("$N + $L", ViewClass.OFFSET, field.offset());
        CodeBlock doc = JavaDocs.with(def.doc(), "{@code " + def.name() + ": " + def.type().schemaText()
                + "} at offset " + field.offset() + ", size " + field.size() + ".");
        return new Place(accessor(def), accessor(def), rawAccessor(def), rawAccessor(def), false, CodeBlock.of(""),
                offset, field.offset(), accessor(def), def.name(), doc);
    }

    private CodeBlock layoutOf(StructLayout struct) {
        List<CodeBlock> members = new ArrayList<>();
        for (Slot slot : Slots.of(struct)) {
            members.add(slot.isPadding() ? MemoryLayouts.padding(slot.size()) : memoryLayouts.field(slot.field().get()));
        }
        CodeBlock.Builder code = MemoryLayouts.struct(members).toBuilder();
        long largestMember = struct.fields().stream().mapToLong(FieldLayout::alignment).max().orElse(1);
        if (struct.alignment() > largestMember) {
            code.add(".withByteAlignment($L)", struct.alignment());
        }
        return code.add(".withName($S)", struct.struct().name()).build();
    }

    private CodeBlock javadoc(StructLayout struct) {
        StructDef def = struct.struct();
        return JavaDocs.with(def.doc(), "{@code struct " + def.name() + "} of package {@code " + def.packageName()
                + "}: iceoryx2 type name \"" + JavaDocs.text(def.typeName()) + "\", " + struct.size() + " bytes, aligned to "
                + struct.alignment() + " on " + layout.target().name() + ".\n\n"
                + "<p>A view of one value in a {@link MemorySegment}: getters and fluent setters read and write"
                + " its bytes in place (little-endian, as on every target), without allocating; nested values"
                + " come back as views this view reuses. Re-point it with {@code wrap} to reuse it, as a"
                + " flyweight; it is not thread-safe, so give each thread its own. {@link #toRecord()} copies the"
                + " values out.");
    }

    private static void factories(ViewClass view) {
        ClassName name = view.name();
        view.type().addMethod(MethodSpec.methodBuilder("of").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name).addParameter(ViewClass.MEMORY_SEGMENT, "segment")
                .addJavadoc("A new view of the value at the start of {@code segment}.\n\n"
                        + "@throws IndexOutOfBoundsException if the segment is smaller than {@link #SIZE}\n")
                .addStatement("return new $T().wrap(segment, 0)", name).build());
        view.type().addMethod(MethodSpec.methodBuilder("allocate").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name).addParameter(ViewClass.SEGMENT_ALLOCATOR, "allocator")
                .addJavadoc("A new view of a value allocated with {@code allocator}, size and alignment of"
                        + " {@link #LAYOUT} (an {@code Arena} zeroes it).\n")
                .addStatement("return of(allocator.allocate(LAYOUT))").build());
    }

    /** The nested record, {@code toRecord}, {@code fromRecord} and {@code toString}. */
    private void records(ViewClass view, StructLayout struct, List<Place> places) {
        StructDef def = struct.struct();
        ClassName record = JavaTypes.record(def);
        MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        List<CodeBlock> values = new ArrayList<>();
        MethodSpec.Builder fromRecord = MethodSpec.methodBuilder("fromRecord").addModifiers(Modifier.PUBLIC)
                .returns(view.name()).addParameter(record, "value")
                .addJavadoc("Writes every field of {@code value} into this view.\n\n@return this view\n"
                        + "@throws IllegalArgumentException if a value does not fit its field\n"
                        + "@throws NullPointerException if an enum component is null\n");
        ToStringCode text = new ToStringCode(def.name() + "[");
        for (int i = 0; i < places.size(); i++) {
            Place place = places.get(i);
            FieldDef field = struct.fields().get(i).field();
            Shape shape = Shape.of(field.type());
            TypeName type = types.recordType(field.type());
            constructor.addParameter(ParameterSpec.builder(type, place.get()).build());
            componentCheck(constructor, place.get(), shape, type);
            values.add(RecordCopies.read(place, shape));
            fromRecord.addStatement(RecordCopies.write(place, CodeBlock.of("value.$N()", place.get())));
            text.literal((i == 0 ? "" : ", ") + place.get() + "=");
            text.value(shape instanceof Shape.Scalar s && s.primitive() == Primitive.U64
                    ? CodeBlock.of("$T.toUnsignedString($N)", Long.class, place.get()) : CodeBlock.of("$N", place.get()));
        }
        TypeSpec.Builder recordType = TypeSpec.recordBuilder(record).addModifiers(Modifier.PUBLIC)
                .addJavadoc("The values of a {@code $L} as plain Java values, a copy of the bytes: the component"
                        + " types of the view's getters, except that 128-bit integers are {@code BigInteger}s,"
                        + " strings {@code String}s, arrays and vecs unmodifiable lists, nested structs records."
                        + " An enum component is {@code null} for a value its enum does not declare.\n", def.name())
                .recordConstructor(constructor.build())
                .addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC).returns(String.class)
                        .addStatement("return $L", text.literal("]").build()).build());
        places.forEach(p -> recordType.alwaysQualify(p.get()));
        view.type().addType(recordType.build());
        view.type().addMethod(MethodSpec.methodBuilder("toRecord").addModifiers(Modifier.PUBLIC).returns(record)
                .addJavadoc("A copy of every field's value.\n")
                .addStatement("return new $T($L)", record, CodeBlock.join(values, ", ")).build());
        view.type().addMethod(fromRecord.addStatement("return this").build());
        view.type().addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(String.class)
                .addJavadoc("The values, as {@link #toRecord()} shows them.\n")
                .addStatement("return toRecord().toString()").build());
    }

    /** Keeps the record immutable: lists copied unmodifiable; nothing null but enums (unknown values). */
    private static void componentCheck(MethodSpec.Builder constructor, String name, Shape shape, TypeName type) {
        if (type.isPrimitive() || shape instanceof Shape.Enumerated) {
            return;
        }
        if (shape instanceof Shape.Vec || shape instanceof Shape.Array) {
            constructor.addStatement("$N = $T.unmodifiableList(new $T<>($T.requireNonNull($N, $S)))", name,
                    Collections.class, ArrayList.class, ViewClass.OBJECTS, name, name);
        } else {
            constructor.addStatement("$T.requireNonNull($N, $S)", ViewClass.OBJECTS, name, name);
        }
    }

    /** A string concatenation that merges adjacent literals: {@code "S[a=" + a + ", b=" + b + "]"}. */
    private static final class ToStringCode {
        private final List<CodeBlock> parts = new ArrayList<>();
        private String pending;

        ToStringCode(String start) {
            pending = start;
        }

        ToStringCode literal(String text) {
            pending += text;
            return this;
        }

        void value(CodeBlock value) {
            parts.add(CodeBlock.of("$S", pending));
            parts.add(value);
            pending = "";
        }

        CodeBlock build() {
            if (!pending.isEmpty()) {
                parts.add(CodeBlock.of("$S", pending));
            }
            return CodeBlock.join(parts, " + ");
        }
    }
}

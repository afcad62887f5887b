package io.ioxschema.gen.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.Primitive;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The view of a {@code vec<T, N>} (iceoryx2 {@code StaticVec}): {@code size}, {@code get},
 * {@code set}, {@code add}, {@code clear} and {@code capacity}, every index checked against
 * the size and every {@code add} against the capacity.
 */
final class VecClass {

    private static final String GROW = "$grow";
    private static final String LEN = "$setLength";

    private VecClass() {
    }

    static TypeSpec build(SchemaLayout layout, JavaTypes types, FieldType.FixedVec vec) {
        MemoryLayouts memoryLayouts = new MemoryLayouts(layout, types);
        long stride = layout.of(vec.element()).size();
        long lengthOffset = layout.lengthOffset(vec);
        ViewClass view = new ViewClass(types.container(vec),
                CodeBlock.of("A view of a {@code $L}, iceoryx2's {@code StaticVec}: up to $L elements of $L bytes,"
                        + " then their count as a {@code u64} at offset $L.\n", vec.schemaText(), vec.capacity(),
                        stride, lengthOffset),
                List.of(ViewClass.constant(TypeName.INT, "CAPACITY", CodeBlock.of("$L", vec.capacity()),
                        "The most elements it holds.")),
                layout.of(vec).size(), layout.of(vec).alignment(), ViewClass.STRUCT_LAYOUT,
                ContainerLayouts.of(layout, memoryLayouts, vec), layout.target().name());
        view.check("offset of len", CodeBlock.of("LAYOUT.byteOffset($T.PathElement.groupElement($S))",
                ViewClass.MEMORY_LAYOUT, "len"), CodeBlock.of("$L", lengthOffset));
        CodeBlock length = CodeBlock.of("$N + $L", ViewClass.OFFSET, lengthOffset);
        CodeBlock u64 = view.layouts().of(Primitive.U64);
        view.type().addMethod(MethodSpec.methodBuilder("size").addModifiers(Modifier.PUBLIC).returns(TypeName.INT)
                .addJavadoc("Number of elements in use.\n\n@throws IllegalStateException if the stored count exceeds"
                        + " the capacity (the bytes are not a {@code $L})\n", vec.schemaText())
                .addStatement("long n = $N.get($L, $L)", ViewClass.SEGMENT, u64, length)
                .beginControlFlow("if (n < 0 || n > CAPACITY)")
                .addStatement("throw new $T($S + $T.toUnsignedString(n))", IllegalStateException.class,
                        vec.schemaText() + " holds a count above its capacity: ", Long.class)
                .endControlFlow()
                .addStatement("return (int) n").build());
        view.type().addMethod(MethodSpec.methodBuilder("capacity").addModifiers(Modifier.PUBLIC).returns(TypeName.INT)
                .addJavadoc("The most elements it holds: {@link #CAPACITY}.\n").addStatement("return CAPACITY").build());
        view.type().addMethod(MethodSpec.methodBuilder("isEmpty").addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN).addJavadoc("Whether no element is in use.\n")
                .addStatement("return size() == 0").build());
        view.type().addMethod(MethodSpec.methodBuilder("clear").addModifiers(Modifier.PUBLIC).returns(view.name())
                .addJavadoc("Removes every element; their bytes become zero.\n\n@return this view\n")
                .addStatement("$N.asSlice($N, $L).fill((byte) 0)", ViewClass.SEGMENT, ViewClass.OFFSET,
                        stride * vec.capacity())
                .addStatement("$N(0)", LEN)
                .addStatement("return this").build());
        view.type().addMethod(MethodSpec.methodBuilder(LEN).addModifiers(Modifier.PRIVATE)
                .addParameter(TypeName.INT, "n")
                .addStatement("$N.set($L, $L, n)", ViewClass.SEGMENT, u64, length).build());
        view.type().addMethod(MethodSpec.methodBuilder(GROW).addModifiers(Modifier.PRIVATE).returns(TypeName.INT)
                .addJavadoc("Makes room for one more element; returns its index.\n")
                .addStatement("int n = size()")
                .beginControlFlow("if (n == CAPACITY)")
                .addStatement("throw new $T($S)", IllegalStateException.class,
                        vec.schemaText() + " is full: it holds at most " + vec.capacity() + " elements")
                .endControlFlow()
                .addStatement("$N(n + 1)", LEN)
                .addStatement("return n").build());
        Place element = new Place("get", "set", "getRaw", "setRaw", true, ElementCopies.guard(CodeBlock.of("size()")),
                ElementCopies.offset(0, stride), -1, "element", "element", ElementCopies.elementDoc(vec.element(), stride));
        Shape shape = Shape.of(vec.element());
        new Accessors(view, types).add(element, shape);
        adders(view, types, shape);
        TypeName list = types.list(vec.element());
        view.type().addMethod(MethodSpec.methodBuilder("fromList").addModifiers(Modifier.PUBLIC).returns(view.name())
                .addParameter(list, "values")
                .addJavadoc("Replaces the elements with {@code values}.\n\n@return this view\n"
                        + "@throws IllegalArgumentException if there are more than {@link #CAPACITY} values, or one"
                        + " does not fit\n")
                .beginControlFlow("if (values.size() > CAPACITY)")
                .addStatement("throw new $T($S + values.size())", IllegalArgumentException.class,
                        vec.schemaText() + " holds at most " + vec.capacity() + " elements, not ")
                .endControlFlow()
                .addStatement("clear()")
                .addStatement("$N(values.size())", LEN)
                .beginControlFlow("for (int index = 0; index < values.size(); index++)")
                .addStatement(RecordCopies.write(element, CodeBlock.of("values.get(index)")))
                .endControlFlow()
                .addStatement("return this").build());
        ElementCopies.add(view, types, vec.element(), element, CodeBlock.of("size()"));
        return view.build();
    }

    /**
     * {@code add(value)} for values (the count is restored if the value does not fit), and
     * {@code add()} returning the new element's view for everything read through a view.
     */
    private static void adders(ViewClass view, JavaTypes types, Shape shape) {
        String full = "@throws IllegalStateException if the vec is full";
        switch (shape) {
            case Shape.Scalar s -> view.type().addMethod(addValue(view, "add", "set", JavaTypes.value(s.primitive())));
            case Shape.Enumerated e when !e.wide() -> {
                view.type().addMethod(addValue(view, "add", "set", JavaTypes.type(e.def())));
                view.type().addMethod(addValue(view, "addRaw", "setRaw", JavaTypes.value(e.def().base())));
            }
            case Shape.Enumerated e -> view.type().addMethod(addValue(view, "add", "set", JavaTypes.type(e.def())));
            default -> view.type().addMethod(MethodSpec.methodBuilder("add").addModifiers(Modifier.PUBLIC)
                    .returns(types.view(shape))
                    .addJavadoc("Appends an element (zero unless written before, see {@link #clear()}).\n\n"
                            + "@return a view of the new element, the one {@code get} returns\n$L\n", full)
                    .addStatement("return get($N())", GROW).build());
        }
    }

    private static MethodSpec addValue(ViewClass view, String name, String setter, TypeName type) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(view.name())
                .addParameter(type, "value")
                .addJavadoc("Appends {@code value}.\n\n@return this view\n@throws IllegalStateException if the vec is"
                        + " full\n@throws IllegalArgumentException if the value does not fit (the vec is unchanged)\n")
                .addStatement("int index = $N()", GROW)
                .beginControlFlow("try")
                .addStatement("return $N(index, value)", setter)
                .nextControlFlow("catch ($T e)", RuntimeException.class)
                .addStatement("$N(index)", LEN)
                .addStatement("throw e")
                .endControlFlow().build();
    }
}

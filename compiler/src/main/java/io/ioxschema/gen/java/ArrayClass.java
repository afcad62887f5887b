package io.ioxschema.gen.java;

import com.palantir.javapoet.ClassName;
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
 * The view of an array {@code [T; N]}: its elements by index ({@code get}, {@code set}; an
 * inner array or other view comes back as a reused view, so {@code m.get(i).get(j)} indexes a
 * multi-dimensional array), its length, and copies to and from lists and arrays (for arrays of
 * bytes, bulk copies to and from a {@code byte[]}).
 */
final class ArrayClass {

    private ArrayClass() {
    }

    static TypeSpec build(SchemaLayout layout, JavaTypes types, FieldType.Array array) {
        MemoryLayouts memoryLayouts = new MemoryLayouts(layout, types);
        long stride = layout.of(array.element()).size();
        ViewClass view = new ViewClass(types.container(array),
                CodeBlock.of("A view of an array {@code $L}: $L elements of $L bytes, read and written in place.\n",
                        array.schemaText(), array.length(), stride),
                List.of(ViewClass.constant(TypeName.INT, "LENGTH", CodeBlock.of("$L", array.length()),
                        "Number of elements.")),
                layout.of(array).size(), layout.of(array).alignment(), ViewClass.SEQUENCE_LAYOUT,
                MemoryLayouts.sequence(array.length(), memoryLayouts.of(array.element())), layout.target().name());
        view.type().addMethod(MethodSpec.methodBuilder("length").addModifiers(Modifier.PUBLIC).returns(TypeName.INT)
                .addJavadoc("Number of elements: {@link #LENGTH}.\n").addStatement("return LENGTH").build());
        Place element = new Place("get", "set", "getRaw", "setRaw", true, ElementCopies.guard(CodeBlock.of("LENGTH")),
                ElementCopies.offset(0, stride), -1, "element", "element", ElementCopies.elementDoc(array.element(), stride));
        new Accessors(view, types).add(element, Shape.of(array.element()));
        TypeName list = types.list(array.element());
        view.type().addMethod(MethodSpec.methodBuilder("fromList").addModifiers(Modifier.PUBLIC).returns(view.name())
                .addParameter(list, "values")
                .addJavadoc("Writes every element from {@code values}.\n\n@return this view\n"
                        + "@throws IllegalArgumentException if {@code values} does not have {@link #LENGTH} elements,"
                        + " or one does not fit\n")
                .beginControlFlow("if (values.size() != LENGTH)")
                .addStatement("throw new $T($S + values.size())", IllegalArgumentException.class,
                        array.schemaText() + " needs " + array.length() + " elements, not ")
                .endControlFlow()
                .beginControlFlow("for (int index = 0; index < LENGTH; index++)")
                .addStatement(RecordCopies.write(element, CodeBlock.of("values.get(index)")))
                .endControlFlow()
                .addStatement("return this").build());
        ElementCopies.add(view, types, array.element(), element, CodeBlock.of("LENGTH"));
        if (Shape.of(array.element()) instanceof Shape.Scalar s && s.flags() == null
                && (s.primitive() == Primitive.U8 || s.primitive() == Primitive.I8)) {
            byteCopies(view);
        }
        return view.build();
    }

    /**
     * Bulk copies of a byte array ({@code [u8; N]}, {@code [i8; N]}: ids, hashes, raw bytes)
     * to and from a {@code byte[]}: one {@code MemorySegment.copy} instead of N checked element
     * accesses, and every byte is a valid element, so there is nothing to check.
     */
    private static void byteCopies(ViewClass view) {
        ClassName valueLayout = ClassName.get("java.lang.foreign", "ValueLayout");
        view.type().addMethod(MethodSpec.methodBuilder("setBytes").addModifiers(Modifier.PUBLIC).returns(view.name())
                .addParameter(byte[].class, "bytes").addParameter(TypeName.INT, "from")
                .addJavadoc("Writes all {@link #LENGTH} elements from {@code bytes}, starting at index {@code from},"
                        + " as raw bytes.\n\n@return this view\n@throws IndexOutOfBoundsException if {@code bytes} has"
                        + " fewer than {@link #LENGTH} bytes from {@code from}\n")
                .addStatement("$T.copy(bytes, from, $N, $T.JAVA_BYTE, $N, LENGTH)", ViewClass.MEMORY_SEGMENT,
                        ViewClass.SEGMENT, valueLayout, ViewClass.OFFSET)
                .addStatement("return this").build());
        view.type().addMethod(MethodSpec.methodBuilder("getBytes").addModifiers(Modifier.PUBLIC)
                .returns(byte[].class)
                .addParameter(byte[].class, "bytes").addParameter(TypeName.INT, "from")
                .addJavadoc("Reads all {@link #LENGTH} elements into {@code bytes}, starting at index {@code from},"
                        + " as raw bytes.\n\n@return {@code bytes}\n@throws IndexOutOfBoundsException if {@code bytes}"
                        + " has room for fewer than {@link #LENGTH} bytes from {@code from}\n")
                .addStatement("$T.copy($N, $T.JAVA_BYTE, $N, bytes, from, LENGTH)", ViewClass.MEMORY_SEGMENT,
                        ViewClass.SEGMENT, valueLayout, ViewClass.OFFSET)
                .addStatement("return bytes").build());
    }
}

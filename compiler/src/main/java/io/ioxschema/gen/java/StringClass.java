package io.ioxschema.gen.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.Primitive;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The view of a {@code string<N>} (iceoryx2 {@code StaticString}): read and written as a
 * {@code String}, at most N UTF-8 bytes and no NUL; the terminator and unused bytes stay zero,
 * as iceoryx2 keeps them. Bytes that are not UTF-8 read as U+FFFD rather than throwing.
 */
final class StringClass {

    private StringClass() {
    }

    static TypeSpec build(SchemaLayout layout, JavaTypes types, FieldType.FixedString string) {
        long capacity = string.capacity();
        long lengthOffset = layout.lengthOffset(string);
        ViewClass view = new ViewClass(types.container(string),
                CodeBlock.of("A view of a {@code $L}, iceoryx2's {@code StaticString}: up to $L UTF-8 bytes, a zero"
                        + " terminator, then the byte count as a {@code u64} at offset $L.\n", string.schemaText(),
                        capacity, lengthOffset),
                List.of(ViewClass.constant(TypeName.INT, "CAPACITY", CodeBlock.of("$L", capacity),
                        "The most UTF-8 bytes it holds.")),
                layout.of(string).size(), layout.of(string).alignment(), ViewClass.STRUCT_LAYOUT,
                ContainerLayouts.of(layout, new MemoryLayouts(layout, types), string), layout.target().name());
        view.check("offset of len", CodeBlock.of("LAYOUT.byteOffset($T.PathElement.groupElement($S))",
                ViewClass.MEMORY_LAYOUT, "len"), CodeBlock.of("$L", lengthOffset));
        CodeBlock u64 = view.layouts().of(Primitive.U64);
        CodeBlock u8 = view.layouts().of(Primitive.U8);
        CodeBlock length = CodeBlock.of("$N + $L", ViewClass.OFFSET, lengthOffset);
        view.type().addMethod(MethodSpec.methodBuilder("length").addModifiers(Modifier.PUBLIC).returns(TypeName.INT)
                .addJavadoc("Number of UTF-8 bytes in use.\n\n@throws IllegalStateException if the stored count"
                        + " exceeds the capacity (the bytes are not a {@code $L})\n", string.schemaText())
                .addStatement("long n = $N.get($L, $L)", ViewClass.SEGMENT, u64, length)
                .beginControlFlow("if (n < 0 || n > CAPACITY)")
                .addStatement("throw new $T($S + $T.toUnsignedString(n))", IllegalStateException.class,
                        string.schemaText() + " holds a length above its capacity: ", Long.class)
                .endControlFlow()
                .addStatement("return (int) n").build());
        view.type().addMethod(MethodSpec.methodBuilder("capacity").addModifiers(Modifier.PUBLIC).returns(TypeName.INT)
                .addJavadoc("The most UTF-8 bytes it holds: {@link #CAPACITY}.\n").addStatement("return CAPACITY").build());
        view.type().addMethod(MethodSpec.methodBuilder("isEmpty").addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN).addJavadoc("Whether the string is empty.\n")
                .addStatement("return length() == 0").build());
        view.type().addMethod(MethodSpec.methodBuilder("get").addModifiers(Modifier.PUBLIC).returns(String.class)
                .addJavadoc("The text (allocates a {@code String}).\n")
                .addStatement("byte[] bytes = new byte[length()]")
                .addStatement("$T.copy($N, $L, $N, bytes, 0, bytes.length)", ViewClass.MEMORY_SEGMENT,
                        ViewClass.SEGMENT, u8, ViewClass.OFFSET)
                .addStatement("return new $T(bytes, $T.UTF_8)", String.class, StandardCharsets.class).build());
        view.type().addMethod(MethodSpec.methodBuilder("set").addModifiers(Modifier.PUBLIC).returns(view.name())
                .addParameter(String.class, "value")
                .addJavadoc("Stores {@code value}; the bytes after it become zero.\n\n@return this view\n"
                        + "@throws IllegalArgumentException if its UTF-8 bytes exceed {@link #CAPACITY} or contain"
                        + " NUL\n")
                .addStatement("byte[] bytes = value.getBytes($T.UTF_8)", StandardCharsets.class)
                .beginControlFlow("if (bytes.length > CAPACITY)")
                .addStatement("throw new $T($S + bytes.length + $S)", IllegalArgumentException.class,
                        "the text is ", " UTF-8 bytes long; a " + string.schemaText() + " holds at most " + capacity)
                .endControlFlow()
                .beginControlFlow("if (value.indexOf('\\0') >= 0)")
                .addStatement("throw new $T($S)", IllegalArgumentException.class,
                        "the text contains NUL, which a " + string.schemaText() + " cannot hold")
                .endControlFlow()
                .addStatement("$T.copy(bytes, 0, $N, $L, $N, bytes.length)", ViewClass.MEMORY_SEGMENT,
                        ViewClass.SEGMENT, u8, ViewClass.OFFSET)
                .addStatement("$N.asSlice($N + bytes.length, CAPACITY + 1 - bytes.length).fill((byte) 0)",
                        ViewClass.SEGMENT, ViewClass.OFFSET)
                .addStatement("$N.set($L, $L, bytes.length)", ViewClass.SEGMENT, u64, length)
                .addStatement("return this").build());
        view.type().addMethod(MethodSpec.methodBuilder("clear").addModifiers(Modifier.PUBLIC).returns(view.name())
                .addJavadoc("Makes the string empty.\n\n@return this view\n")
                .addStatement("return set($S)", "").build());
        view.type().addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(String.class)
                .addJavadoc("The text: {@link #get()}.\n").addStatement("return get()").build());
        return view.build();
    }
}

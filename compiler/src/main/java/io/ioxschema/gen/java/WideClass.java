package io.ioxschema.gen.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.model.Primitive;
import java.math.BigInteger;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The view of a {@code u128} or {@code i128}: the plain path is its two 64-bit halves
 * ({@code low()}, {@code high()}, {@code set(low, high)}), which never allocate; the
 * {@code BigInteger} conversions are the convenient one.
 */
final class WideClass {

    private WideClass() {
    }

    static TypeSpec build(SchemaLayout layout, JavaTypes types, Primitive primitive) {
        long alignment = layout.target().of(primitive).alignment();
        MemoryLayouts memoryLayouts = new MemoryLayouts(layout, types);
        CodeBlock half = memoryLayouts.primitive(Primitive.U64);
        CodeBlock.Builder struct = MemoryLayouts.struct(List.of(CodeBlock.of("$L.withName($S)", half, "low"),
                CodeBlock.of("$L.withName($S)", half, "high"))).toBuilder();
        if (alignment > layout.target().of(Primitive.U64).alignment()) {
            struct.add(".withByteAlignment($L)", alignment);
        }
        boolean signed = primitive.isSigned();
        ViewClass view = new ViewClass(types.wide(primitive),
                CodeBlock.of("A view of a {@code $L}: two little-endian 64-bit halves, the low one first.\n",
                        primitive.keyword()),
                List.of(ViewClass.constant(JavaTypes.BIG_INTEGER, "MIN", CodeBlock.of("new $T($S)", BigInteger.class,
                                primitive.min().toString()), "The smallest value."),
                        ViewClass.constant(JavaTypes.BIG_INTEGER, "MAX", CodeBlock.of("new $T($S)", BigInteger.class,
                                primitive.max().toString()), "The largest value.")),
                primitive.byteSize(), alignment, ViewClass.STRUCT_LAYOUT, struct.build(), layout.target().name());
        view.check("offset of high", CodeBlock.of("LAYOUT.byteOffset($T.PathElement.groupElement($S))",
                ViewClass.MEMORY_LAYOUT, "high"), CodeBlock.of("8"));
        CodeBlock u64 = view.layouts().of(Primitive.U64);
        view.type().addMethod(MethodSpec.methodBuilder("low").addModifiers(Modifier.PUBLIC).returns(TypeName.LONG)
                .addJavadoc("The low 64 bits.\n")
                .addStatement("return $N.get($L, $N)", ViewClass.SEGMENT, u64, ViewClass.OFFSET).build());
        view.type().addMethod(MethodSpec.methodBuilder("high").addModifiers(Modifier.PUBLIC).returns(TypeName.LONG)
                .addJavadoc("The high 64 bits$L.\n", signed ? " (with the sign)" : "")
                .addStatement("return $N.get($L, $N + 8)", ViewClass.SEGMENT, u64, ViewClass.OFFSET).build());
        view.type().addMethod(MethodSpec.methodBuilder("set").addModifiers(Modifier.PUBLIC).returns(view.name())
                .addParameter(TypeName.LONG, "low").addParameter(TypeName.LONG, "high")
                .addJavadoc("Stores the value given as its two 64-bit halves.\n\n@return this view\n")
                .addStatement("$N.set($L, $N, low)", ViewClass.SEGMENT, u64, ViewClass.OFFSET)
                .addStatement("$N.set($L, $N + 8, high)", ViewClass.SEGMENT, u64, ViewClass.OFFSET)
                .addStatement("return this").build());
        view.type().addMethod(MethodSpec.methodBuilder("toBigInteger").addModifiers(Modifier.PUBLIC)
                .returns(BigInteger.class).addJavadoc("The value (allocates).\n")
                .addStatement("byte[] bytes = new byte[16]")
                .beginControlFlow("for (int i = 0; i < 8; i++)")
                .addStatement("bytes[7 - i] = (byte) (high() >>> (8 * i))")
                .addStatement("bytes[15 - i] = (byte) (low() >>> (8 * i))")
                .endControlFlow()
                .addStatement(signed ? "return new $T(bytes)" : "return new $T(1, bytes)", BigInteger.class).build());
        view.type().addMethod(MethodSpec.methodBuilder("set").addModifiers(Modifier.PUBLIC).returns(view.name())
                .addParameter(BigInteger.class, "value")
                .addJavadoc("Stores {@code value}.\n\n@return this view\n@throws IllegalArgumentException if it is"
                        + " outside {@link #MIN} to {@link #MAX}\n")
                .beginControlFlow("if (value.compareTo(MIN) < 0 || value.compareTo(MAX) > 0)")
                .addStatement("throw new $T(value + $S)", IllegalArgumentException.class,
                        " is outside " + primitive.keyword())
                .endControlFlow()
                .addStatement("return set(value.longValue(), value.shiftRight(64).longValue())").build());
        view.type().addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(String.class)
                .addJavadoc("The value in decimal.\n").addStatement("return toBigInteger().toString()").build());
        return view.build();
    }
}

package io.ioxschema.gen.java;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.ioxschema.model.FieldType;
import java.util.ArrayList;
import java.util.Collections;
import javax.lang.model.element.Modifier;

/**
 * What arrays and vecs share: their element accessors' index check, offset and Javadoc, and
 * the copies {@code toList()}, {@code toArray()} (for plain values) and {@code toString()}
 * over the elements {@code 0} to {@code count} (an expression).
 */
final class ElementCopies {

    private ElementCopies() {
    }

    static void add(ViewClass view, JavaTypes types, FieldType element, Place place, CodeBlock count) {
        Shape shape = Shape.of(element);
        TypeName listType = types.list(element);
        view.type().addMethod(MethodSpec.methodBuilder("toList").addModifiers(Modifier.PUBLIC).returns(listType)
                .addJavadoc("A copy of the elements as plain Java values, in an unmodifiable list.\n")
                .addStatement("int n = $L", count)
                .addStatement("$T values = new $T<>(n)", listType, ArrayList.class)
                .beginControlFlow("for (int index = 0; index < n; index++)")
                .addStatement("values.add($L)", RecordCopies.read(place, shape))
                .endControlFlow()
                .addStatement("return $T.unmodifiableList(values)", Collections.class).build());
        if (shape instanceof Shape.Scalar s) {
            TypeName value = JavaTypes.value(s.primitive());
            view.type().addMethod(MethodSpec.methodBuilder("toArray").addModifiers(Modifier.PUBLIC)
                    .returns(ArrayTypeName.of(value))
                    .addJavadoc("A copy of the elements in a new array.\n")
                    .addStatement("$T values = new $T[$L]", ArrayTypeName.of(value), value, count)
                    .beginControlFlow("for (int index = 0; index < values.length; index++)")
                    .addStatement("values[index] = $N(index)", place.get())
                    .endControlFlow()
                    .addStatement("return values").build());
        }
        view.type().addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(String.class)
                .addJavadoc("The elements, as {@link #toList()} shows them.\n")
                .addStatement("return toList().toString()").build());
    }

    /** Javadoc of a container's elements. */
    static CodeBlock elementDoc(FieldType element, long stride) {
        return CodeBlock.of("Element {@code index}: {@code $L}, $L bytes.\n", element.schemaText(), stride);
    }

    /** The index check of an element accessor. */
    static CodeBlock guard(CodeBlock bound) {
        return CodeBlock.builder().addStatement("$T.checkIndex(index, $L)", ViewClass.OBJECTS, bound).build();
    }

    /** {@code $offset + (long) index * stride}, plus a start offset. */
    static CodeBlock offset(long start, long stride) {
        return CodeBlock.of("$N + $L(long) index * $L", ViewClass.OFFSET, start == 0 ? "" : start + " + ", stride);
    }

}

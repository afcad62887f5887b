package io.ioxschema.gen.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.model.FieldType;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The view of an array {@code [T; N]}: its elements by index ({@code get}, {@code set}; an
 * inner array or other view comes back as a reused view, so {@code m.get(i).get(j)} indexes a
 * multi-dimensional array), its length, and copies to and from lists and arrays.
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
                ElementCopies.offset(0, stride), "element", "element", ElementCopies.elementDoc(array.element(), stride));
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
        return view.build();
    }
}

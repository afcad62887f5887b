package io.ioxschema.gen.java;

import com.palantir.javapoet.CodeBlock;
import io.ioxschema.gen.PrimitiveTable;
import io.ioxschema.layout.FieldLayout;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.Primitive;
import java.util.List;

/**
 * The {@code LAYOUT} expressions: aligned as on the chosen target, little-endian, fields named
 * as in the schema, holes as explicit padding. Nested structs, containers and 128-bit integers
 * use their view class's {@code LAYOUT}.
 */
final class MemoryLayouts {

    private final SchemaLayout layout;
    private final JavaTypes types;

    MemoryLayouts(SchemaLayout layout, JavaTypes types) {
        this.layout = layout;
        this.types = types;
    }

    /** The layout of a value of this type, as a member of a struct or sequence. */
    CodeBlock of(FieldType type) {
        return switch (Shape.of(type)) {
            case Shape.Scalar s -> primitive(s.primitive());
            case Shape.Enumerated e when !e.wide() -> primitive(e.def().base());
            case Shape.Struct s -> CodeBlock.of("$T.LAYOUT", JavaTypes.type(s.def()));
            case Shape shape -> CodeBlock.of("$T.LAYOUT", types.view(shape));
        };
    }

    /** A scalar's value layout on the target: its alignment there, little-endian. */
    CodeBlock primitive(Primitive primitive) {
        String constant = PrimitiveTable.of(primitive).javaLayout();
        CodeBlock.Builder code = CodeBlock.builder().add("$T.$L", AccessLayouts.VALUE_LAYOUT, constant);
        long alignment = layout.target().of(primitive).alignment();
        if (alignment != primitive.byteSize()) {
            code.add(".withByteAlignment($L)", alignment);
        }
        if (primitive.byteSize() > 1) {
            code.add(".withOrder($T.LITTLE_ENDIAN)", AccessLayouts.BYTE_ORDER);
        }
        return code.build();
    }

    /** A struct member: the type's layout, raised by {@code @align}, named as the field. */
    CodeBlock field(FieldLayout field) {
        CodeBlock.Builder code = of(field.field().type()).toBuilder();
        if (field.alignment() > layout.of(field.field().type()).alignment()) {
            code.add(".withByteAlignment($L)", field.alignment());
        }
        return code.add(".withName($S)", field.name()).build();
    }

    static CodeBlock padding(long size) {
        return CodeBlock.of("$T.paddingLayout($L)", ViewClass.MEMORY_LAYOUT, size);
    }

    /** {@code MemoryLayout.structLayout(...)} of the members, one per line. */
    static CodeBlock struct(List<CodeBlock> members) {
        return CodeBlock.builder().add("$T.structLayout(\n$>$>", ViewClass.MEMORY_LAYOUT)
                .add(CodeBlock.join(members, ",\n")).add(")$<$<").build();
    }

    static CodeBlock sequence(long length, CodeBlock element) {
        return CodeBlock.of("$T.sequenceLayout($L, $L)", ViewClass.MEMORY_LAYOUT, length, element);
    }
}

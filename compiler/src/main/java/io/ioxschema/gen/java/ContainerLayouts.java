package io.ioxschema.gen.java;

import com.palantir.javapoet.CodeBlock;
import io.ioxschema.gen.ContainerSlots;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.Primitive;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code LAYOUT} of an iceoryx2 container, member by member as {@link ContainerSlots}
 * lays it out: {@code data}, (for a string) {@code terminator}, padding, {@code len}.
 */
final class ContainerLayouts {

    private ContainerLayouts() {
    }

    static CodeBlock of(SchemaLayout layout, MemoryLayouts memoryLayouts, FieldType type) {
        List<CodeBlock> members = new ArrayList<>();
        for (ContainerSlots.Member member : ContainerSlots.of(layout, type)) {
            members.add(switch (member.kind()) {
                case DATA -> {
                    FieldType.FixedVec vec = type instanceof FieldType.FixedVec v ? v : null;
                    CodeBlock element = vec == null ? memoryLayouts.primitive(Primitive.U8) : memoryLayouts.of(vec.element());
                    long count = vec == null ? ((FieldType.FixedString) type).capacity() : vec.capacity();
                    yield CodeBlock.of("$L.withName($S)", MemoryLayouts.sequence(count, element), member.name());
                }
                case TERMINATOR -> CodeBlock.of("$L.withName($S)", memoryLayouts.primitive(Primitive.U8), member.name());
                case PADDING -> MemoryLayouts.padding(member.size());
                case LENGTH -> CodeBlock.of("$L.withName($S)", memoryLayouts.primitive(Primitive.U64), member.name());
            });
        }
        return MemoryLayouts.struct(members);
    }
}

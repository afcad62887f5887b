package io.ioxschema.conformance;

import io.ioxschema.layout.FieldLayout;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.layout.StructLayout;
import io.ioxschema.model.FieldType;
import java.util.ArrayList;
import java.util.List;

/**
 * A C translation unit that makes gcc compute, on its own, every number of the compiler's
 * layouts of some schemas on one target: each struct's size and alignment, and each field's
 * offset, size and alignment (plus the offset of the length inside {@code string<N>} and
 * {@code vec<T, N>}). Each number becomes a global {@code v_N} that gcc evaluates at compile
 * time, so nothing needs to run on the target.
 */
final class CLayoutProgram {

    private final GccTarget target;
    private final StringBuilder declarations = new StringBuilder();
    private final List<LayoutProbe> probes = new ArrayList<>();
    private int schemaCount;

    CLayoutProgram(GccTarget target) {
        this.target = target;
    }

    GccTarget target() {
        return target;
    }

    List<LayoutProbe> probes() {
        return List.copyOf(probes);
    }

    /** Adds every struct of a schema compiled for this program's target; {@code name} appears in mismatches. */
    void add(String name, SchemaLayout layout) {
        if (!layout.target().equals(target.abi())) {
            throw new IllegalArgumentException(name + " was laid out for " + layout.target() + ", not " + target);
        }
        CDeclarations c = new CDeclarations("k" + schemaCount++ + "_", declarations);
        for (StructLayout struct : layout.inSchemaOrder()) {
            String type = c.struct(struct.struct());
            String subject = name + " struct " + struct.struct().qualifiedName();
            probe(subject, "size", struct.size(), "sizeof(" + type + ")");
            probe(subject, "alignment", struct.alignment(), "_Alignof(" + type + ")");
            // The alignment the struct gets as a member, which is what the compiler reports. A
            // sole member, so the wrapper is no larger than the struct near the size limit.
            probe(subject, "alignment as a member", struct.alignment(),
                    "__alignof__(((struct { " + type + " m; } *)0)->m)");
            for (FieldLayout field : struct.fields()) {
                addField(c, layout, type, subject + " field " + field.name(), field);
            }
        }
    }

    private void addField(CDeclarations c, SchemaLayout layout, String structType, String subject, FieldLayout field) {
        String member = CDeclarations.fieldName(field.field());
        String access = "((" + structType + " *)0)->" + member;
        probe(subject, "offset", field.offset(), "offsetof(" + structType + ", " + member + ")");
        probe(subject, "size", field.size(), "sizeof(" + access + ")");
        // __alignof__ of a member is the member's own alignment: within a struct (4 for a
        // double on i686, unlike _Alignof(double) there) and raised by _Alignas.
        probe(subject, "alignment", field.alignment(), "__alignof__(" + access + ")");
        FieldType type = field.field().type();
        if (type instanceof FieldType.FixedString || type instanceof FieldType.FixedVec) {
            probe(subject, "offset of the length in " + type.schemaText(), layout.lengthOffset(type),
                    "offsetof(" + c.typeOf(type) + ", len)");
        }
    }

    private void probe(String subject, String quantity, long expected, String cExpression) {
        probes.add(new LayoutProbe(subject, quantity, expected, cExpression));
    }

    /** The whole translation unit. */
    String source() {
        StringBuilder source = new StringBuilder();
        source.append("/* Layout probes for ").append(target).append(", written by the iox-schema conformance test:\n")
                .append(" * gcc lays out these structs by its own rules, and each v_N is one number it computed. */\n")
                .append("#include <stddef.h>\n#include <stdint.h>\n\n")
                .append(declarations).append('\n');
        for (int i = 0; i < probes.size(); i++) {
            LayoutProbe probe = probes.get(i);
            // 32 bits on every target, so each value is a single data directive; the compiler
            // rejects structs above 2^31 - 1 bytes.
            source.append("const unsigned int v_").append(i).append(" = ").append(probe.cExpression())
                    .append("; /* ").append(probe.subject()).append(": ").append(probe.quantity()).append(" */\n");
        }
        return source.toString();
    }
}

package io.ioxschema.layout;

import io.ioxschema.diag.Diagnostics;
import io.ioxschema.model.FieldDef;
import io.ioxschema.model.Primitive;
import io.ioxschema.model.Schema;
import io.ioxschema.model.StructDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Entry point of the layout phase: computes every struct's C-ABI layout for the chosen
 * target, checks what depends on the ABI ({@code @align}, 128-bit types, sizes) and warns
 * where another target would lay a struct out differently.
 */
public final class LayoutEngine {

    /** The largest struct every target language can address as one buffer. */
    public static final long MAX_SIZE = Integer.MAX_VALUE;

    private LayoutEngine() {
    }

    public static Optional<SchemaLayout> compute(Schema schema, TargetAbi target, Diagnostics diagnostics) {
        List<StructDef> structs = schema.allStructs();
        int errorsBefore = diagnostics.errorCount();
        PrimitiveUse primitives = new PrimitiveUse();
        structs.forEach(s -> checkPrimitives(s, target, diagnostics));
        structs.forEach(s -> AlignmentCheck.check(s, primitives, diagnostics));
        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        Optional<Map<String, StructLayout>> layouts = layoutAll(structs, target, diagnostics);
        if (layouts.isEmpty()) {
            return Optional.empty();
        }
        SchemaLayout result = new SchemaLayout(schema, target, layouts.get());
        PortabilityCheck.check(result, otherTargets(structs, target, primitives), diagnostics);
        return Optional.of(result);
    }

    /** Layouts of every struct, or empty after reporting the structs too large to lay out. */
    private static Optional<Map<String, StructLayout>> layoutAll(List<StructDef> structs, TargetAbi target,
                                                                 Diagnostics diagnostics) {
        StructLayouter layouter = new StructLayouter(target);
        boolean ok = true;
        for (StructDef struct : structs) {
            long size;
            try {
                size = layouter.layout(struct).size();
            } catch (ArithmeticException e) {
                size = Long.MAX_VALUE;
            }
            if (size > MAX_SIZE) {
                diagnostics.error(struct.span(), "struct '" + struct.name() + "' is too large: "
                        + (size == Long.MAX_VALUE ? "its size overflows" : size + " bytes") + "; at most "
                        + MAX_SIZE + " bytes are supported");
                ok = false;
            }
        }
        return ok ? Optional.of(layouter.layouts()) : Optional.empty();
    }

    /** Reports each field that uses a primitive the target lacks; nested structs report their own fields. */
    private static void checkPrimitives(StructDef struct, TargetAbi target, Diagnostics diagnostics) {
        for (FieldDef field : struct.fields()) {
            PrimitiveUse.direct(field.type()).stream().filter(p -> !target.supports(p)).map(Primitive::keyword)
                    .forEach(p -> diagnostics.error(field.span(), "field '" + field.name() + "' uses "
                            + p + ", which is not available on " + target.name()));
        }
    }

    /** Layouts on every other target that can represent the structs, to compare against. */
    private static Map<TargetAbi, Map<String, StructLayout>> otherTargets(List<StructDef> structs, TargetAbi chosen,
                                                                          PrimitiveUse primitives) {
        Map<TargetAbi, Map<String, StructLayout>> result = new LinkedHashMap<>();
        for (TargetAbi other : TargetAbi.ALL) {
            if (other.equals(chosen)) {
                continue;
            }
            StructLayouter layouter = new StructLayouter(other);
            try {
                structs.stream().filter(s -> primitives.supports(other, s)).forEach(layouter::layout);
            } catch (ArithmeticException e) {
                continue; // too large there; the chosen target is what matters
            }
            result.put(other, layouter.layouts());
        }
        return result;
    }
}

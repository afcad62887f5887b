package io.ioxschema.layout;

import io.ioxschema.diag.Diagnostics;
import io.ioxschema.model.FieldDef;
import io.ioxschema.model.StructDef;

/**
 * {@code @align(N)} must not lower an alignment on any target, so a schema valid for one
 * target is valid for all.
 */
final class AlignmentCheck {

    private AlignmentCheck() {
    }

    static void check(StructDef struct, PrimitiveUse primitives, Diagnostics diagnostics) {
        try {
            checkFields(struct, primitives, diagnostics);
            checkStruct(struct, primitives, diagnostics);
        } catch (ArithmeticException e) {
            // Natural alignments come from layouts, and this struct is too large to lay out;
            // the layout reports that, and an alignment error would only add noise.
        }
    }

    private static void checkFields(StructDef struct, PrimitiveUse primitives, Diagnostics diagnostics) {
        for (FieldDef field : struct.fields()) {
            if (field.align().isPresent()) {
                for (TargetAbi target : TargetAbi.ALL) {
                    if (!primitives.of(field.type()).stream().allMatch(target::supports)) {
                        continue;
                    }
                    long natural = new StructLayouter(target).naturalAlignment(field.type());
                    if (field.align().getAsLong() < natural) {
                        diagnostics.error(field.span(), "@align(" + field.align().getAsLong() + ") on field '"
                                + field.name() + "' is below its natural alignment " + natural + " on "
                                + target.name());
                        break;
                    }
                }
            }
        }
    }

    private static void checkStruct(StructDef struct, PrimitiveUse primitives, Diagnostics diagnostics) {
        if (struct.align().isPresent()) {
            for (TargetAbi target : TargetAbi.ALL) {
                if (!primitives.supports(target, struct)) {
                    continue;
                }
                StructLayouter layouter = new StructLayouter(target);
                long natural = struct.fields().stream()
                        .mapToLong(f -> Math.max(layouter.naturalAlignment(f.type()), f.align().orElse(1)))
                        .max().orElse(1);
                if (struct.align().getAsLong() < natural) {
                    diagnostics.error(struct.span(), "@align(" + struct.align().getAsLong() + ") on struct '"
                            + struct.name() + "' is below its natural alignment " + natural + " on "
                            + target.name());
                    break;
                }
            }
        }
    }
}

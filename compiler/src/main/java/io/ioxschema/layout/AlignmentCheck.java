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

    static void check(StructDef struct, Diagnostics diagnostics) {
        for (FieldDef field : struct.fields()) {
            if (field.align().isPresent()) {
                for (TargetAbi target : TargetAbi.ALL) {
                    if (!StructLayouter.primitivesOf(field.type()).allMatch(target::supports)) {
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
        if (struct.align().isPresent()) {
            for (TargetAbi target : TargetAbi.ALL) {
                if (!StructLayouter.supports(target, struct)) {
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

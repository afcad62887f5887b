package io.ioxschema.layout;

import io.ioxschema.diag.Diagnostics;
import io.ioxschema.model.StructDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Warns where another target lays a struct out differently: the first field whose offset
 * differs, else a differing size. (An alignment that differs alone moves nothing until the
 * struct is nested, and then the outer struct's offsets are reported.) Processes of different targets can share
 * memory (an armv7 and an aarch64 process on one kernel), so this matters.
 */
final class PortabilityCheck {

    private PortabilityCheck() {
    }

    static void check(SchemaLayout chosen, Map<TargetAbi, Map<String, StructLayout>> others, Diagnostics diagnostics) {
        for (StructLayout layout : chosen.inSchemaOrder()) {
            Map<TargetAbi, StructLayout> all = new LinkedHashMap<>();
            all.put(chosen.target(), layout);
            others.forEach((target, layouts) -> {
                StructLayout other = layouts.get(layout.struct().qualifiedName());
                if (other != null) {
                    all.put(target, other);
                }
            });
            warn(layout.struct(), all, diagnostics);
        }
    }

    private static void warn(StructDef struct, Map<TargetAbi, StructLayout> byTarget, Diagnostics diagnostics) {
        for (int i = 0; i < struct.fields().size(); i++) {
            int index = i;
            String differences = differences(byTarget, l -> l.fields().get(index).offset());
            if (differences != null) {
                diagnostics.warning(struct.fields().get(i).span(), "portability: field '" + struct.name() + "."
                        + struct.fields().get(i).name() + "' is at offset " + differences);
                return;
            }
        }
        String size = differences(byTarget, StructLayout::size);
        if (size != null) {
            diagnostics.warning(struct.span(), "portability: struct '" + struct.name() + "' has size " + size);
        }
    }

    /** "12 on i686-linux but 16 on x86_64-linux, aarch64-linux", or null when all agree. */
    private static String differences(Map<TargetAbi, StructLayout> byTarget, ToLongFunction<StructLayout> value) {
        Map<Long, List<String>> groups = new LinkedHashMap<>();
        byTarget.forEach((target, layout) ->
                groups.computeIfAbsent(value.applyAsLong(layout), v -> new ArrayList<>()).add(target.name()));
        if (groups.size() < 2) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        groups.forEach((v, targets) -> parts.add(v + " on " + String.join(", ", targets)));
        return String.join(" but ", parts);
    }
}

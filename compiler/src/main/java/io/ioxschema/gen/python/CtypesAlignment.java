package io.ioxschema.gen.python;

import io.ioxschema.gen.PrimitiveTable;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.layout.StructLayout;
import io.ioxschema.layout.TargetAbi;
import io.ioxschema.model.Primitive;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The alignments ctypes can give a type on a target. Before Python 3.13 (which added
 * {@code _align_}) a ctypes struct is aligned to its most aligned member, so a struct can be
 * raised only to the alignment of some ctypes type; generated code does that with a
 * zero-length array of such a type. {@code c_longdouble} is the most aligned ctypes type.
 */
final class CtypesAlignment {

    /** {@code _Alignof(long double)} inside a struct, which is what ctypes.alignment(c_longdouble) reports. */
    private static final Map<String, Long> LONG_DOUBLE = Map.of(
            TargetAbi.X86_64_LINUX.name(), 16L,
            TargetAbi.AARCH64_LINUX.name(), 16L,
            TargetAbi.I686_LINUX.name(), 4L,
            TargetAbi.ARMV7_LINUX.name(), 8L);

    private final SchemaLayout layout;
    private final long largest;

    CtypesAlignment(SchemaLayout layout) {
        this.layout = layout;
        this.largest = Math.max(longDouble(), Arrays.stream(Primitive.values()).filter(this::isNative)
                .mapToLong(p -> layout.target().of(p).alignment()).max().orElse(1));
    }

    /** The largest alignment any ctypes type has on the target. */
    long largest() {
        return largest;
    }

    /** The alignment ctypes before Python 3.13 gives a type the schema aligns to {@code alignment}. */
    long before313(long alignment) {
        return Math.min(alignment, largest);
    }

    /**
     * The zero-length member that raises a struct's ctypes alignment to its schema alignment
     * (or as close as ctypes before 3.13 gets), if its members do not already.
     */
    Optional<String> raiser(StructLayout struct) {
        long wanted = before313(struct.alignment());
        long members = struct.fields().stream()
                .mapToLong(f -> before313(layout.of(f.field().type()).alignment())).max().orElse(1);
        return members >= wanted ? Optional.empty() : Optional.of(typeAligned(wanted) + " * 0");
    }

    private String typeAligned(long alignment) {
        return Arrays.stream(Primitive.values())
                .filter(p -> isNative(p) && layout.target().of(p).alignment() == alignment)
                .map(p -> PrimitiveTable.of(p).python()).findFirst()
                .or(() -> longDouble() == alignment ? Optional.of("ctypes.c_longdouble") : Optional.empty())
                .orElseThrow(() -> new IllegalStateException("no ctypes type aligned to " + alignment + " on "
                        + layout.target().name()));
    }

    private boolean isNative(Primitive primitive) {
        return PrimitiveTable.of(primitive).python() != null && layout.target().supports(primitive);
    }

    private long longDouble() {
        return LONG_DOUBLE.getOrDefault(layout.target().name(), 1L);
    }
}

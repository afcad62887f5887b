package io.ioxschema.layout;

import io.ioxschema.model.Primitive;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A target's C ABI as data: size and alignment of every primitive as a struct member, as
 * gcc lays it out and Rust's {@code align_of} reports it. A primitive missing from the
 * table is not available on the target.
 */
public record TargetAbi(String name, Map<Primitive, TypeLayout> primitives) {

    public static final TargetAbi X86_64_LINUX = new TargetAbi("x86_64-linux", table(8, 8, true));
    public static final TargetAbi AARCH64_LINUX = new TargetAbi("aarch64-linux", table(8, 8, true));
    /** The i386 System V ABI aligns 8-byte scalars to 4 inside structs. */
    public static final TargetAbi I686_LINUX = new TargetAbi("i686-linux", table(4, 4, false));
    public static final TargetAbi ARMV7_LINUX = new TargetAbi("armv7-linux", table(8, 8, false));

    public static final TargetAbi DEFAULT = X86_64_LINUX;
    public static final List<TargetAbi> ALL = List.of(X86_64_LINUX, AARCH64_LINUX, I686_LINUX, ARMV7_LINUX);

    public TargetAbi {
        primitives = Map.copyOf(primitives);
    }

    public static Optional<TargetAbi> byName(String name) {
        return ALL.stream().filter(t -> t.name.equals(name)).findFirst();
    }

    /** The target of that name; an unknown name is the caller's mistake, with the known names in the message. */
    public static TargetAbi named(String name) {
        return byName(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown target '" + name + "'; known targets: " + String.join(", ", names())));
    }

    public static List<String> names() {
        return ALL.stream().map(TargetAbi::name).toList();
    }

    public boolean supports(Primitive primitive) {
        return primitives.containsKey(primitive);
    }

    public TypeLayout of(Primitive primitive) {
        TypeLayout layout = primitives.get(primitive);
        if (layout == null) {
            throw new IllegalArgumentException(primitive + " is not available on " + name);
        }
        return layout;
    }

    private static Map<Primitive, TypeLayout> table(int align64, int alignF64, boolean has128) {
        Map<Primitive, TypeLayout> table = new EnumMap<>(Primitive.class);
        Arrays.stream(Primitive.values()).forEach(p -> table.put(p, new TypeLayout(p.byteSize(), p.byteSize())));
        table.put(Primitive.U64, new TypeLayout(8, align64));
        table.put(Primitive.I64, new TypeLayout(8, align64));
        table.put(Primitive.F64, new TypeLayout(8, alignF64));
        if (!has128) {
            table.remove(Primitive.U128);
            table.remove(Primitive.I128);
        }
        return table;
    }

    @Override
    public String toString() {
        return name;
    }
}

package io.ioxschema.conformance;

import io.ioxschema.layout.TargetAbi;
import java.util.List;

/**
 * A gcc that compiles for one of the compiler's target ABIs, and the Debian package that
 * provides it. The 32-bit x86 target needs no gcc-multilib: the layout programs include only
 * gcc's freestanding headers and are never linked.
 */
record GccTarget(TargetAbi abi, List<String> command, String aptPackage, boolean has128BitIntegers) {

    static final GccTarget X86_64 = new GccTarget(TargetAbi.X86_64_LINUX, List.of("gcc", "-m64"), "gcc", true);
    static final GccTarget I686 = new GccTarget(TargetAbi.I686_LINUX, List.of("gcc", "-m32"), "gcc", false);
    static final GccTarget ARMV7 = new GccTarget(TargetAbi.ARMV7_LINUX, List.of("arm-linux-gnueabihf-gcc"),
            "gcc-arm-linux-gnueabihf", false);
    static final GccTarget AARCH64 = new GccTarget(TargetAbi.AARCH64_LINUX, List.of("aarch64-linux-gnu-gcc"),
            "gcc-aarch64-linux-gnu", true);

    static final List<GccTarget> ALL = List.of(X86_64, I686, ARMV7, AARCH64);

    GccTarget {
        command = List.copyOf(command);
    }

    String executable() {
        return command.getFirst();
    }

    String name() {
        return abi.name();
    }

    @Override
    public String toString() {
        return abi.name();
    }
}

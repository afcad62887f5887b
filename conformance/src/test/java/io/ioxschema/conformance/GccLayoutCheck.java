package io.ioxschema.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Lets gcc compute a {@link CLayoutProgram} and lists every number where it disagrees with the compiler. */
final class GccLayoutCheck {

    /** The emitted C and assembly stay here after a run, for reading when a check fails. */
    static final Path WORK_DIR = Path.of("target", "gcc-layout");

    /** How many numbers were compared, and a message for each that differs. */
    record Result(GccTarget target, int compared, List<String> mismatches) {
        Result {
            mismatches = List.copyOf(mismatches);
        }
    }

    private GccLayoutCheck() {
    }

    /** Runs the program's target gcc on it; {@code fileName} names the .c and .s files in {@link #WORK_DIR}. */
    static Result run(CLayoutProgram program, String fileName) {
        GccTarget target = program.target();
        String assembly = Gcc.assemble(target, program.source(), WORK_DIR, fileName);
        Map<Integer, Long> measured = AssemblyConstants.read(assembly);
        List<LayoutProbe> probes = program.probes();
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < probes.size(); i++) {
            LayoutProbe probe = probes.get(i);
            Long gcc = measured.get(i);
            if (gcc == null) {
                mismatches.add(target + ": " + probe.subject() + ": " + probe.quantity()
                        + ": gcc's assembly has no value v_" + i);
            } else if (gcc != probe.expected()) {
                mismatches.add(target + ": " + probe.subject() + ": " + probe.quantity() + " is "
                        + probe.expected() + " in iox-schema but " + gcc + " in gcc");
            }
        }
        return new Result(target, probes.size(), mismatches);
    }
}

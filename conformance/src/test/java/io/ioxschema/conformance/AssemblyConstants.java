package io.ioxschema.conformance;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values of the {@code const unsigned int v_N} globals back from gcc's assembly.
 * Each is one 32-bit data directive after its label: {@code .long} on x86, {@code .word} on
 * Arm; a zero is {@code .zero 4} or, on 32-bit Arm, {@code .space 4}.
 */
final class AssemblyConstants {

    private static final Pattern LABEL = Pattern.compile("v_(\\d+):");
    private static final Pattern VALUE = Pattern.compile("\\.(?:long|word|4byte)\\s+(\\d+)");
    private static final Pattern ZERO = Pattern.compile("\\.(?:zero|space)\\s+4");

    private AssemblyConstants() {
    }

    /** Every {@code v_N} of the assembly, by N. */
    static Map<Integer, Long> read(String assembly) {
        Map<Integer, Long> values = new HashMap<>();
        Integer pending = null;
        for (String raw : assembly.split("\n")) {
            String line = raw.strip();
            if (pending != null) {
                values.put(pending, value(pending, line));
                pending = null;
                continue;
            }
            Matcher label = LABEL.matcher(line);
            if (label.matches()) {
                pending = Integer.valueOf(label.group(1));
            }
        }
        return values;
    }

    private static long value(int index, String line) {
        Matcher value = VALUE.matcher(line);
        if (value.matches()) {
            return Long.parseLong(value.group(1));
        }
        if (ZERO.matcher(line).matches()) {
            return 0;
        }
        throw new IllegalStateException("cannot read v_" + index + " from the assembly line '" + line + "'");
    }
}

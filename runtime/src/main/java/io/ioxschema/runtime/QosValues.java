package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;

/**
 * The QoS array of a service builder, as the native side reads it: one value per setting, at
 * the indices its module {@code qos} names, {@link Native#UNSET} for iceoryx2's default.
 */
final class QosValues {

    private final long[] values;

    QosValues(int count) {
        values = new long[count];
        Arrays.fill(values, Native.UNSET);
    }

    /** Sets the count at {@code index}; counts are never negative. */
    void count(int index, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + value);
        }
        values[index] = value;
    }

    void flag(int index, boolean value) {
        values[index] = value ? 1 : 0;
    }

    /** The values in {@code arena}, for the call that opens or creates the service. */
    MemorySegment in(Arena arena) {
        return arena.allocateFrom(JAVA_LONG, values);
    }
}

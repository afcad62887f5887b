package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * The out-parameters of a port's downcalls: a few native longs allocated once per port, passed
 * by address (which costs a downcall nothing) and read after the call. Used on the port's
 * thread only.
 */
final class OutValues {

    private final MemorySegment values;
    /** Where value 0 is; value i is at {@code address + i * 8}. */
    final long address;

    OutValues(int count) {
        this.values = Arena.ofAuto().allocate(JAVA_LONG, count);
        this.address = values.address();
    }

    long get(int index) {
        return values.getAtIndex(JAVA_LONG, index);
    }
}

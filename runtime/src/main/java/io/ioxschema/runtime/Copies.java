package io.ioxschema.runtime;

import java.lang.foreign.MemorySegment;

/** Checks of what callers hand over to be copied. */
final class Copies {

    private Copies() {
    }

    /** Throws unless {@code segment} has exactly {@code size} bytes. */
    static void require(String what, MemorySegment segment, long size) {
        if (segment.byteSize() != size) {
            throw new IllegalArgumentException("the " + what + " is " + segment.byteSize() + " bytes; its type has " + size);
        }
    }
}

package io.ioxschema.runtime;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Memory that is gone: a segment as large as the address space whose arena was closed when this
 * class initialised. A view of a sample is pointed here when the sample ends, so every access
 * through it throws {@link IllegalStateException} instead of reaching memory that belongs to
 * another message, without allocating anything per message.
 */
final class Released {

    static final MemorySegment MEMORY;

    static {
        Arena arena = Arena.ofShared();
        MEMORY = MemorySegment.NULL.reinterpret(Long.MAX_VALUE, arena, null);
        arena.close();
    }

    private Released() {
    }
}

package io.ioxschema.runtime;

import java.lang.foreign.MemorySegment;
import java.util.Optional;

/** Checks of what callers hand over to be copied, made before a message is loaned or taken. */
final class Copies {

    private Copies() {
    }

    /** Throws unless {@code segment} has exactly {@code size} bytes. */
    static void require(String what, MemorySegment segment, long size) {
        if (segment.byteSize() != size) {
            throw new IllegalArgumentException("the " + what + " is " + segment.byteSize() + " bytes; its type has " + size);
        }
    }

    /**
     * Throws unless {@code header} is null (none given) or has exactly the size of the user
     * header type of {@code what}s, which the service must have.
     */
    static void requireHeader(String what, MemorySegment header, Optional<TypeDetails> type) {
        if (header == null) {
            return;
        }
        if (type.isEmpty()) {
            throw new IllegalArgumentException("the service's " + what + "s carry no user header");
        }
        require(what + " header", header, type.get().size());
    }
}

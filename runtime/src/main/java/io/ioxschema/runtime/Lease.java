package io.ioxschema.runtime;

import java.lang.foreign.Arena;

/**
 * A loaned or received sample's claim on a slot of its port, and the arena its memory segments
 * belong to. Closing the arena (on send, close or release) makes every segment of the sample
 * throw {@link IllegalStateException} on access, from any thread, instead of reaching memory
 * iceoryx2 has handed on. Guarded by the port's lock.
 */
final class Lease {

    final long slot;
    final Arena arena = Arena.ofShared();
    private boolean ended;

    Lease(long slot) {
        this.slot = slot;
    }

    boolean ended() {
        return ended;
    }

    /** Makes the sample's memory inaccessible; from here on the slot is the port's again. */
    void end() {
        arena.close();
        ended = true;
    }
}

package io.ioxschema.runtime;

import java.lang.foreign.MemorySegment;

/**
 * A request a {@link Server} received: {@link #respond} sends answers (one or several, a stream)
 * to the client that sent it; {@link #close()} ends it, and the client's pending response gets
 * no more.
 */
public final class ActiveRequest implements AutoCloseable {

    private final Server server;
    private final int slot;

    ActiveRequest(Server server, int slot) {
        this.server = server;
        this.slot = slot;
    }

    /** Sends a copy of {@code response} (exactly the response type's size) with a zeroed user header. */
    public void respond(MemorySegment response) {
        server.respond(slot, this, response, null);
    }

    /** Sends a copy of {@code response} and {@code header} (each exactly its type's size). */
    public void respond(MemorySegment response, MemorySegment header) {
        server.respond(slot, this, response, header);
    }

    @Override
    public void close() {
        server.release(slot, this);
    }
}

package io.ioxschema.runtime;

import java.lang.foreign.MemorySegment;
import java.time.Duration;

/**
 * The answers to one request a {@link Client} sent: {@link #receive} copies the next response
 * into the caller's segment. Close it when no more answers are wanted; its slot (a client may
 * have only a few requests pending) is free again then.
 */
public final class PendingResponse implements AutoCloseable {

    private final Client client;
    private final int slot;

    PendingResponse(Client client, int slot) {
        this.client = client;
        this.slot = slot;
    }

    /**
     * Copies the next response into {@code response} (exactly the response type's size);
     * false if none arrived yet. It does not wait.
     *
     * @throws IllegalStateException if this pending response was closed
     */
    public boolean receive(MemorySegment response) {
        return client.receive(slot, this, response, null);
    }

    /** As {@link #receive(MemorySegment)}, and copies the response's user header into {@code header}. */
    public boolean receive(MemorySegment response, MemorySegment header) {
        return client.receive(slot, this, response, header);
    }

    /**
     * Waits up to {@code timeout} for the next response, polling (a server answers within
     * microseconds; for long waits, let the server notify an event service and sleep on a
     * {@link WaitSet}); false if none came.
     */
    public boolean receive(MemorySegment response, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 1_000;
        while (!receive(response)) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(pause);
            pause = Math.min(pause * 2, 1_000_000);
        }
        return true;
    }

    /** Whether a server may still answer: false once every server that got the request dropped it. */
    public boolean isConnected() {
        return client.connected(slot, this);
    }

    /** Gives up the request: answers that come later are dropped. */
    @Override
    public void close() {
        client.release(slot, this);
    }
}

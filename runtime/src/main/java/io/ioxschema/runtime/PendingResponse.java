package io.ioxschema.runtime;

import java.lang.foreign.MemorySegment;
import java.lang.ref.Reference;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;

/**
 * The answers to one request a {@link Client} sent: {@link #receive()} returns the next
 * {@link Response}, read in place in shared memory ({@link #receive(MemorySegment)} copies it
 * instead). A server may answer once or with a stream. Close this when no more answers are
 * wanted; its slot (a client may have only a few requests pending) is free again then.
 *
 * <p>The object is the client's and is reused for a later request once this one is closed; do
 * not keep it past {@code close()}. It belongs to the client's thread.
 */
public final class PendingResponse implements AutoCloseable {

    private final Client client;
    private final long slot;
    private boolean open;

    PendingResponse(Client client, int slot) {
        this.client = client;
        this.slot = slot;
    }

    void begin() {
        open = true;
    }

    /**
     * The next response, or {@code null} when none arrived yet. It does not wait. Close the
     * response to release it.
     *
     * @throws LimitReachedException if the client holds as many responses as the service
     *     allows (max borrowed responses per pending response); close one first
     * @throws IllegalStateException if this pending response was closed
     */
    public Response receive() {
        long handle = client.port.handle();
        requireOpen();
        try {
            int status = (int) Native.CLIENT_RECEIVE.invokeExact(handle, slot, client.out.address);
            if (status != 0) {
                throw Native.failure(status);
            }
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            Reference.reachabilityFence(client);
        }
        long received = client.out.get(0);
        if (received == Native.UNSET) {
            return null;
        }
        return client.received((int) received, client.out.get(1), client.out.get(2));
    }

    /**
     * Waits up to {@code timeout} for the next response, polling (a server answers within
     * microseconds; for long waits, let the server notify an event service and sleep on a
     * {@link WaitSet}); null if none came.
     */
    public Response receive(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 1_000;
        Response response;
        while ((response = receive()) == null) {
            if (System.nanoTime() - deadline >= 0) {
                return null;
            }
            LockSupport.parkNanos(pause);
            pause = Math.min(pause * 2, 1_000_000);
        }
        return response;
    }

    /**
     * Copies the next response into {@code response} (exactly the response type's size, any
     * segment, heap or native) and releases it; false if none arrived yet. It does not wait.
     *
     * @throws IllegalStateException if this pending response was closed
     */
    public boolean receive(MemorySegment response) {
        return receive(response, (MemorySegment) null);
    }

    /** As {@link #receive(MemorySegment)}, and copies the response's user header into {@code header}. */
    public boolean receive(MemorySegment response, MemorySegment header) {
        requireCopyTargets(response, header);
        return copy(receive(), response, header);
    }

    /** As {@link #receive(MemorySegment)}, waiting up to {@code timeout} as {@link #receive(Duration)}. */
    public boolean receive(MemorySegment response, Duration timeout) {
        requireCopyTargets(response, null);
        return copy(receive(timeout), response, null);
    }

    private void requireCopyTargets(MemorySegment response, MemorySegment header) {
        Objects.requireNonNull(response, "response");
        RequestResponseService service = client.service();
        Copies.require("response", response, service.responseType().size());
        Copies.requireHeader("response", header, service.responseHeaderType());
    }

    private static boolean copy(Response received, MemorySegment response, MemorySegment header) {
        if (received == null) {
            return false;
        }
        try (received) {
            received.copyPayloadTo(response);
            if (header != null) {
                received.copyHeaderTo(header);
            }
        }
        return true;
    }

    /** Whether a server may still answer: false once every server that got the request dropped it. */
    public boolean isConnected() {
        long handle = client.port.handle();
        requireOpen();
        try {
            int status = (int) Native.CLIENT_CONNECTED.invokeExact(handle, slot, client.out.address);
            if (status != 0) {
                throw Native.failure(status);
            }
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            Reference.reachabilityFence(client);
        }
        return client.out.get(0) != 0;
    }

    private void requireOpen() {
        if (!open) {
            throw new IllegalStateException("the pending response was closed");
        }
    }

    /**
     * Gives up the request: answers that come later are dropped. Responses received before stay
     * readable until they are closed. Nothing if it was closed (or the client closed).
     */
    @Override
    public void close() {
        client.port.checkThread();
        if (!open) {
            return;
        }
        open = false;
        client.pendingClosed();
        try {
            Native.check((int) Native.CLIENT_RELEASE_PENDING.invokeExact(client.port.handle(), slot));
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            Reference.reachabilityFence(client);
        }
    }

    /** The client closed, and dropped this pending response with it. */
    void clientClosed() {
        open = false;
    }
}

package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.util.Objects;

/**
 * Sends requests to the servers of a request-response service: {@link #send} copies the request
 * into shared memory and returns a {@link PendingResponse} that receives the answers. Thread-safe.
 */
public final class Client implements AutoCloseable {

    private final RequestResponseService service;
    private final NativeResource resource;
    private final Cleaner.Cleanable cleanable;
    private final MessageCopies requests;
    private final MessageCopies responses;
    private final PendingResponse[] pending;
    /** Out-parameters: slot; received, connected. */
    private final MemorySegment out = Arena.ofAuto().allocate(JAVA_LONG, 3);

    Client(RequestResponseService service, MemorySegment handle, int slots) {
        this.service = service;
        this.resource = new NativeResource("client of \"" + service.name() + "\"", handle, Native.CLIENT_DROP);
        this.cleanable = resource.cleanWhenUnreachable(this);
        this.requests = new MessageCopies("request", service.requestType(), service.requestHeaderType().orElse(null));
        this.responses = new MessageCopies("response", service.responseType(), service.responseHeaderType().orElse(null));
        this.pending = new PendingResponse[slots];
    }

    public RequestResponseService service() {
        return service;
    }

    /** Sends a copy of {@code request} (exactly the request type's size) with a zeroed user header. */
    public PendingResponse send(MemorySegment request) {
        return send(request, null);
    }

    /**
     * Sends a copy of {@code request} and {@code header} (each exactly its type's size; a null
     * header is zeroes) and returns the pending response, which receives the answers until it
     * is closed.
     *
     * @throws LimitReachedException if the client has as many requests pending as the service
     *     allows; close one first
     */
    public PendingResponse send(MemorySegment request, MemorySegment header) {
        Objects.requireNonNull(request, "request");
        MemorySegment handle = resource.lock();
        try {
            Native.check((int) Native.CLIENT_SEND_COPY.invokeExact(handle, requests.message(request), requests.header(header), out));
            int slot = (int) out.getAtIndex(JAVA_LONG, 0);
            PendingResponse response = new PendingResponse(this, slot);
            pending[slot] = response;
            return response;
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            resource.unlock();
        }
    }

    /** Copies the next response of {@code slot} into the caller's segments; false if none is there. */
    boolean receive(int slot, PendingResponse owner, MemorySegment response, MemorySegment header) {
        MemorySegment handle = resource.lock();
        try {
            requireOpen(slot, owner);
            Native.check((int) Native.CLIENT_RECEIVE_COPY.invokeExact(handle, (long) slot, responses.messageBuffer(),
                    responses.headerBuffer(), out.asSlice(Long.BYTES, Long.BYTES), out.asSlice(2 * Long.BYTES, Long.BYTES)));
            if (out.getAtIndex(JAVA_LONG, 1) == 0) {
                return false;
            }
            responses.deliver(response, header);
            return true;
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            resource.unlock();
        }
    }

    /** Whether a server may still answer the request of {@code slot} (as of the last receive). */
    boolean connected(int slot, PendingResponse owner) {
        MemorySegment handle = resource.lock();
        try {
            requireOpen(slot, owner);
            Native.check((int) Native.CLIENT_RECEIVE_COPY.invokeExact(handle, (long) slot, MemorySegment.NULL,
                    MemorySegment.NULL, out.asSlice(Long.BYTES, Long.BYTES), out.asSlice(2 * Long.BYTES, Long.BYTES)));
            return out.getAtIndex(JAVA_LONG, 2) != 0;
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            resource.unlock();
        }
    }

    void release(int slot, PendingResponse owner) {
        MemorySegment handle;
        try {
            handle = resource.lock();
        } catch (IllegalStateException closed) {
            return; // the client closed and gave up its pending responses
        }
        try {
            if (pending[slot] != owner) {
                return;
            }
            pending[slot] = null;
            Native.check((int) Native.CLIENT_RELEASE.invokeExact(handle, (long) slot));
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            resource.unlock();
        }
    }

    private void requireOpen(int slot, PendingResponse owner) {
        if (pending[slot] != owner) {
            throw new IllegalStateException("the pending response was closed");
        }
    }

    /** Closes the client; its pending responses end. */
    @Override
    public void close() {
        cleanable.clean();
    }

    @Override
    public String toString() {
        return "Client[" + service.name() + (resource.isOpen() ? "" : ", closed") + "]";
    }
}

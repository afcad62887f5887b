package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.util.Objects;

/**
 * Answers the requests of a request-response service: {@link #receive} copies the next request
 * into the caller's segment and returns an {@link ActiveRequest} to respond through. Thread-safe.
 */
public final class Server implements AutoCloseable {

    private final RequestResponseService service;
    private final NativeResource resource;
    private final Cleaner.Cleanable cleanable;
    private final MessageCopies requests;
    private final MessageCopies responses;
    private final ActiveRequest[] active;
    private final MemorySegment out = Arena.ofAuto().allocate(JAVA_LONG);

    Server(RequestResponseService service, MemorySegment handle, int slots) {
        this.service = service;
        this.resource = new NativeResource("server of \"" + service.name() + "\"", handle, Native.SERVER_DROP);
        this.cleanable = resource.cleanWhenUnreachable(this);
        this.requests = new MessageCopies("request", service.requestType(), service.requestHeaderType().orElse(null));
        this.responses = new MessageCopies("response", service.responseType(), service.responseHeaderType().orElse(null));
        this.active = new ActiveRequest[slots];
    }

    public RequestResponseService service() {
        return service;
    }

    /** As {@link #receive(MemorySegment, MemorySegment)}, without the user header. */
    public ActiveRequest receive(MemorySegment request) {
        return receive(request, null);
    }

    /**
     * Copies the next request into {@code request} (and its user header into {@code header},
     * if not null), each exactly its type's size, and returns it to respond to; null when none
     * is waiting. It does not wait.
     *
     * @throws LimitReachedException if the server holds as many requests as it may; close one
     */
    public ActiveRequest receive(MemorySegment request, MemorySegment header) {
        Objects.requireNonNull(request, "request");
        MemorySegment handle = resource.lock();
        try {
            Native.check((int) Native.SERVER_RECEIVE_COPY.invokeExact(handle, requests.messageBuffer(),
                    requests.headerBuffer(), out));
            long slot = out.get(JAVA_LONG, 0);
            if (slot == Native.UNSET) {
                return null;
            }
            ActiveRequest received = new ActiveRequest(this, (int) slot);
            active[(int) slot] = received;
            try {
                requests.deliver(request, header);
            } catch (RuntimeException e) {
                active[(int) slot] = null;
                Native.check((int) Native.SERVER_RELEASE.invokeExact(handle, slot));
                throw e;
            }
            return received;
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            resource.unlock();
        }
    }

    void respond(int slot, ActiveRequest owner, MemorySegment response, MemorySegment header) {
        Objects.requireNonNull(response, "response");
        MemorySegment handle = resource.lock();
        try {
            if (active[slot] != owner) {
                throw new IllegalStateException("the request was closed");
            }
            Native.check((int) Native.SERVER_RESPOND_COPY.invokeExact(handle, (long) slot, responses.message(response),
                    responses.header(header)));
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            resource.unlock();
        }
    }

    void release(int slot, ActiveRequest owner) {
        MemorySegment handle;
        try {
            handle = resource.lock();
        } catch (IllegalStateException closed) {
            return; // the server closed and dropped its requests
        }
        try {
            if (active[slot] != owner) {
                return;
            }
            active[slot] = null;
            Native.check((int) Native.SERVER_RELEASE.invokeExact(handle, (long) slot));
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            resource.unlock();
        }
    }

    /** Closes the server; requests it holds end without further answers. */
    @Override
    public void close() {
        cleanable.clean();
    }

    @Override
    public String toString() {
        return "Server[" + service.name() + (resource.isOpen() ? "" : ", closed") + "]";
    }
}

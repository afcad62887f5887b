package io.ioxschema.runtime;

import java.lang.ref.Reference;

/**
 * A response loaned from an {@link ActiveRequest}: memory in the shared segment to write the
 * answer into, then {@link #send()} it to the client that sent the request. {@link #close()}
 * without sending gives it back, as does closing its request. After either, every access to its
 * memory through this object, a view bound to it or a segment it returned throws
 * {@link IllegalStateException}.
 *
 * <p>The object is the server's and is reused for a later loan once this one has ended; do not
 * keep it (or a view it returned) past {@code send()} or {@code close()}. It belongs to the
 * server's thread.
 */
public final class LoanedResponse extends SharedMessage implements AutoCloseable {

    private final Server server;
    private ActiveRequest request;

    LoanedResponse(Server server, SampleMemory memory, int slot) {
        super(server.port, memory, slot, server.service().responseType(), server.service().responseHeaderType().orElse(null),
                false, server);
        this.server = server;
    }

    void begin(ActiveRequest request, long payloadAddress, long headerAddress) {
        this.request = request;
        begin(payloadAddress, headerAddress);
    }

    /** The request this response answers. */
    ActiveRequest request() {
        return request;
    }

    /**
     * Sends the response to the client of its request; its memory becomes inaccessible first.
     *
     * @throws IllegalStateException if it was sent or closed before, or its request was closed
     */
    public void send() {
        long handle = port.handle();
        if (!active()) {
            throw new IllegalStateException("the response was already sent or closed");
        }
        finish();
        try {
            int status = (int) server.send.invokeExact(handle, slot);
            if (status != 0) {
                throw Native.failure(status);
            }
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            Reference.reachabilityFence(server);
        }
    }

    /** Gives the response back unsent; nothing if it ended (sent, closed, its request or the server closed). */
    @Override
    public void close() {
        port.checkThread();
        if (!active()) {
            return;
        }
        finish();
        try {
            Native.check((int) Native.SERVER_DISCARD.invokeExact(port.handle(), slot));
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            Reference.reachabilityFence(server);
        }
    }

    private void finish() {
        end();
        request.responseEnded();
    }
}

package io.ioxschema.runtime;

import java.lang.ref.Reference;

/**
 * A request loaned from a {@link Client}: memory in the shared segment to write the request
 * into, then {@link #send()}, which returns the {@link PendingResponse} that receives the
 * answers. {@link #close()} without sending gives it back. After either, every access to its
 * memory through this object, a view bound to it or a segment it returned throws
 * {@link IllegalStateException}.
 *
 * <pre>{@code
 * try (LoanedRequest request = client.loan()) {
 *     request.payload(AddRequest::new).a(40).b(2);
 *     pending = request.send();
 * }
 * }</pre>
 *
 * <p>The object is the client's and is reused for a later loan once this one has ended; do not
 * keep it (or a view it returned) past {@code send()} or {@code close()}. It belongs to the
 * client's thread.
 */
public final class LoanedRequest extends SharedMessage implements AutoCloseable {

    private final Client client;

    LoanedRequest(Client client, SampleMemory memory, int slot) {
        super(client.port, memory, slot, client.service().requestType(), client.service().requestHeaderType().orElse(null),
                false, client);
        this.client = client;
    }

    /**
     * Sends the request to the servers of the service; its memory becomes inaccessible first.
     * Returns its pending response, which receives the answers; close that when no more are
     * wanted.
     *
     * @throws LimitReachedException if the client has as many requests pending as the service
     *     allows (the loan stays yours: close a pending response and send again, or close this)
     * @throws IllegalStateException if it was sent or closed before
     */
    public PendingResponse send() {
        long handle = port.handle();
        if (!active()) {
            throw new IllegalStateException("the request was already sent or closed");
        }
        client.requireFreePending();
        end();
        try {
            int status = (int) client.send.invokeExact(handle, slot, client.out.address);
            if (status != 0) {
                throw Native.failure(status);
            }
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            Reference.reachabilityFence(client);
        }
        return client.sent((int) client.out.get(0));
    }

    /** Gives the request back unsent; nothing if it ended (sent, closed, or the client closed). */
    @Override
    public void close() {
        port.checkThread();
        if (!active()) {
            return;
        }
        end();
        try {
            Native.check((int) Native.CLIENT_DISCARD.invokeExact(port.handle(), slot));
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            Reference.reachabilityFence(client);
        }
    }
}

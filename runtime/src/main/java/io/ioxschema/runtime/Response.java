package io.ioxschema.runtime;

import java.lang.ref.Reference;

/**
 * A response a {@link PendingResponse} received: the server's bytes in shared memory, read in
 * place, read-only. Close it to release it; afterwards every access to it through this object,
 * a view bound to it or a segment it returned throws {@link IllegalStateException}. It stays
 * readable when its pending response is closed before it.
 *
 * <pre>{@code
 * try (Response response = pending.receive(Duration.ofSeconds(1))) {
 *     if (response != null) {
 *         long sum = response.payload(AddResponse::new).sum();
 *     }
 * }
 * }</pre>
 *
 * <p>The object is the client's and is reused for a later response once this one is released;
 * do not keep it (or a view it returned) past {@code close()}. It belongs to the client's
 * thread.
 */
public final class Response extends SharedMessage implements AutoCloseable {

    private final Client client;

    Response(Client client, SampleMemory memory, int slot) {
        super(client.port, memory, slot, client.service().responseType(), client.service().responseHeaderType().orElse(null),
                true, client);
        this.client = client;
    }

    /** Releases the response; nothing if it was released (or the client closed). */
    @Override
    public void close() {
        port.checkThread();
        if (!active()) {
            return;
        }
        end();
        try {
            Native.check((int) Native.CLIENT_RELEASE_RESPONSE.invokeExact(port.handle(), slot));
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            Reference.reachabilityFence(client);
        }
    }
}

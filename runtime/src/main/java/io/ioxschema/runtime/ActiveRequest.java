package io.ioxschema.runtime;

import java.lang.foreign.MemorySegment;
import java.lang.ref.Reference;
import java.util.Objects;

/**
 * A request a {@link Server} received: the client's bytes in shared memory, read in place,
 * read-only. {@link #loan()} a response, write it and {@link LoanedResponse#send() send} it (or
 * {@link #respond} with a copy), once or several times (a stream); {@link #close()} ends the
 * request: the client's pending response gets no more, responses still loaned for it are given
 * back unsent, and every access to the request's memory through this object, a view bound to it
 * or a segment it returned throws {@link IllegalStateException}.
 *
 * <pre>{@code
 * try (ActiveRequest request = server.receive()) {
 *     if (request != null) {
 *         AddRequest add = request.payload(AddRequest::new);
 *         try (LoanedResponse response = request.loan()) {
 *             response.payload(AddResponse::new).sum(add.a() + add.b());
 *             response.send();
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>The object is the server's and is reused for a later request once this one is closed; do
 * not keep it (or a view it returned) past {@code close()}. It belongs to the server's thread.
 */
public final class ActiveRequest extends SharedMessage implements AutoCloseable {

    private final Server server;
    /** Responses loaned for this request and not yet sent or closed. */
    private int loans;

    ActiveRequest(Server server, SampleMemory memory, int slot) {
        super(server.port, memory, slot, server.service().requestType(), server.service().requestHeaderType().orElse(null),
                true, server);
        this.server = server;
    }

    @Override
    void begin(long payloadAddress, long headerAddress) {
        loans = 0;
        super.begin(payloadAddress, headerAddress);
    }

    /**
     * Loans a response to this request with its payload and user header zeroed.
     *
     * @throws LoanExhaustedException if the server holds all the loans it may for a request
     *     (iceoryx2's server max loaned responses per request) or its memory is all in clients'
     *     hands
     * @throws IllegalStateException if the request was closed
     */
    public LoanedResponse loan() {
        return loan(1);
    }

    /** Loans a response whose memory holds whatever an earlier message left there: write every byte. */
    public LoanedResponse loanUninit() {
        return loan(0);
    }

    private LoanedResponse loan(int zeroed) {
        long handle = port.handle();
        if (!active()) {
            throw new IllegalStateException("the request was closed: it takes no more responses");
        }
        try {
            int status = (int) Native.SERVER_LOAN.invokeExact(handle, slot, zeroed, server.out.address);
            if (status != 0) {
                throw Native.failure(status);
            }
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            Reference.reachabilityFence(server);
        }
        loans++;
        return server.loaned((int) server.out.get(0), this, server.out.get(1), server.out.get(2));
    }

    /** Sends a copy of {@code response} (exactly the response type's size) with a zeroed user header. */
    public void respond(MemorySegment response) {
        respond(response, null);
    }

    /** Sends a copy of {@code response} and {@code header} (each exactly its type's size; a null header is zeroes). */
    public void respond(MemorySegment response, MemorySegment header) {
        Objects.requireNonNull(response, "response");
        RequestResponseService service = server.service();
        Copies.require("response", response, service.responseType().size());
        Copies.requireHeader("response", header, service.responseHeaderType());
        try (LoanedResponse loaned = loan(header == null ? 1 : 0)) {
            loaned.copyPayloadFrom(response);
            if (header != null) {
                loaned.copyHeaderFrom(header);
            }
            loaned.send();
        }
    }

    /** A response loaned for this request was sent or closed. */
    void responseEnded() {
        loans--;
    }

    /**
     * Ends the request: the client gets no more responses to it; responses still loaned for it
     * are given back unsent. Nothing if it was closed (or the server closed).
     */
    @Override
    public void close() {
        port.checkThread();
        if (!active()) {
            return;
        }
        if (loans > 0) {
            server.discardLoansOf(this);
        }
        end();
        try {
            Native.check((int) Native.SERVER_RELEASE_REQUEST.invokeExact(port.handle(), slot));
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            Reference.reachabilityFence(server);
        }
    }
}

package io.ioxschema.runtime;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.ref.Cleaner;
import java.lang.ref.Reference;
import java.util.Objects;

/**
 * Sends requests to the servers of a request-response service and receives their answers,
 * zero-copy: {@link #loan()} a request in shared memory, write it, {@link LoanedRequest#send()}
 * it, and the returned {@link PendingResponse} {@link PendingResponse#receive() receives} each
 * {@link Response} in place, where the server wrote it. Or {@link #send(MemorySegment)} a copy
 * of a request that is elsewhere.
 *
 * <p>A client belongs to the thread that created it, like a confined {@link Arena}: it and its
 * requests and responses throw {@link WrongThreadException} on any other thread. In return a
 * loan and send, or a receive and release, costs two native calls and allocates nothing: the
 * {@link LoanedRequest}, {@link PendingResponse} and {@link Response} objects are the client's,
 * one per slot (message it may hold at once), and are reused.
 */
public final class Client implements AutoCloseable {

    private final RequestResponseService service;
    final Port port;
    private final Cleaner.Cleanable cleanable;
    private final LoanedRequest[] loans;
    private final PendingResponse[] pending;
    private final Response[] responses;
    /** Out-parameters of loan, send and receive: slot, payload address, header address. */
    final OutValues out = new OutValues(3);
    /** The send downcall: critical when a send never waits (the service has safe overflow for requests). */
    final MethodHandle send;
    private int pendingCount;

    /** @param created the handle, then the numbers of pending, loan and response slots, then whether sends never wait */
    Client(RequestResponseService service, long[] created) {
        this.service = service;
        this.port = new Port("client of \"" + service.name() + "\"", created[0], Native.CLIENT_DROP);
        this.cleanable = NativeResource.CLEANER.register(this, port);
        this.pending = new PendingResponse[(int) created[1]];
        for (int i = 0; i < pending.length; i++) {
            pending[i] = new PendingResponse(this, i);
        }
        this.loans = port.addMessages((int) created[2], false, service.requestType(), service.requestHeaderType(),
                LoanedRequest[]::new, (memory, slot) -> new LoanedRequest(this, memory, slot));
        this.responses = port.addMessages((int) created[3], true, service.responseType(), service.responseHeaderType(),
                Response[]::new, (memory, slot) -> new Response(this, memory, slot));
        this.send = created[4] != 0 ? Native.CLIENT_SEND_CRITICAL : Native.CLIENT_SEND;
    }

    public RequestResponseService service() {
        return service;
    }

    /**
     * Loans a request with its payload and user header zeroed, so no byte of an earlier message
     * can leak into this one (padding included).
     *
     * @throws LoanExhaustedException if the client holds all the loans it may (the service's
     *     max loaned requests), or servers hold all its memory
     */
    public LoanedRequest loan() {
        return loan(1);
    }

    /** Loans a request whose memory holds whatever an earlier message left there: write every byte. */
    public LoanedRequest loanUninit() {
        return loan(0);
    }

    private LoanedRequest loan(int zeroed) {
        long handle = port.handle();
        try {
            int status = (int) Native.CLIENT_LOAN.invokeExact(handle, zeroed, out.address);
            if (status != 0) {
                throw Native.failure(status);
            }
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            Reference.reachabilityFence(this);
        }
        LoanedRequest request = loans[(int) out.get(0)];
        request.begin(out.get(1), out.get(2));
        return request;
    }

    /** Sends a copy of {@code request} (exactly the request type's size) with a zeroed user header. */
    public PendingResponse send(MemorySegment request) {
        return send(request, null);
    }

    /**
     * Sends a copy of {@code request} and {@code header} (each exactly its type's size, any
     * segment, heap or native; a null header is zeroes) and returns the pending response, which
     * receives the answers until it is closed.
     *
     * @throws LimitReachedException if the client has as many requests pending as the service
     *     allows; close one first
     */
    public PendingResponse send(MemorySegment request, MemorySegment header) {
        Objects.requireNonNull(request, "request");
        Copies.require("request", request, service.requestType().size());
        Copies.requireHeader("request", header, service.requestHeaderType());
        requireFreePending();
        try (LoanedRequest loaned = loan(header == null ? 1 : 0)) {
            loaned.copyPayloadFrom(request);
            if (header != null) {
                loaned.copyHeaderFrom(header);
            }
            return loaned.send();
        }
    }

    /** Throws while every pending slot is taken, before a send would use up its loan. */
    void requireFreePending() {
        if (pendingCount == pending.length) {
            throw new LimitReachedException("cannot send the request: this client has " + pending.length
                    + " requests pending, the most the service allows; close one first");
        }
    }

    /** The pending response of a request just sent. */
    PendingResponse sent(int slot) {
        pendingCount++;
        PendingResponse response = pending[slot];
        response.begin();
        return response;
    }

    void pendingClosed() {
        pendingCount--;
    }

    /** The response of a slot, received just now. */
    Response received(int slot, long payloadAddress, long headerAddress) {
        Response response = responses[slot];
        response.begin(payloadAddress, headerAddress);
        return response;
    }

    /**
     * Closes the client: requests still loaned are dropped unsent, pending responses end, and
     * received responses become inaccessible and are released.
     *
     * @throws WrongThreadException on another thread than the client's
     */
    @Override
    public void close() {
        port.checkThread();
        for (PendingResponse response : pending) {
            response.clientClosed();
        }
        pendingCount = 0;
        port.close(cleanable, loans, responses);
    }

    @Override
    public String toString() {
        return "Client[" + service.name() + (port.isOpen() ? "" : ", closed") + "]";
    }
}

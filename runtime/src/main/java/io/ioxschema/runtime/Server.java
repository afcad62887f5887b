package io.ioxschema.runtime;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.ref.Cleaner;
import java.lang.ref.Reference;
import java.util.Objects;

/**
 * Answers the requests of a request-response service, zero-copy: {@link #receive()} returns the
 * next {@link ActiveRequest}, read in place in shared memory, whose {@link ActiveRequest#loan()}
 * gives a {@link LoanedResponse} to write and {@link LoanedResponse#send() send}. Or
 * {@link #receive(MemorySegment)} a copy of the request and {@link ActiveRequest#respond} with a
 * copy.
 *
 * <p>A server belongs to the thread that created it, like a confined {@link Arena}: it and its
 * requests and responses throw {@link WrongThreadException} on any other thread. In return a
 * receive and release, or a loan and send, costs two native calls and allocates nothing: the
 * {@link ActiveRequest} and {@link LoanedResponse} objects are the server's, one per slot
 * (message it may hold at once), and are reused.
 */
public final class Server implements AutoCloseable {

    private final RequestResponseService service;
    final Port port;
    private final Cleaner.Cleanable cleanable;
    private final ActiveRequest[] requests;
    private final LoanedResponse[] loans;
    /** Out-parameters of receive and loan: slot, payload address, header address. */
    final OutValues out = new OutValues(3);
    /** The send downcall: critical when a send never waits (the service has safe overflow for responses). */
    final MethodHandle send;

    /** @param created the handle, then the numbers of request and loan slots, then whether sends never wait */
    Server(RequestResponseService service, long[] created) {
        this.service = service;
        this.port = new Port("server of \"" + service.name() + "\"", created[0], Native.SERVER_DROP);
        this.cleanable = NativeResource.CLEANER.register(this, port);
        this.requests = port.addMessages((int) created[1], true, service.requestType(), service.requestHeaderType(),
                ActiveRequest[]::new, (memory, slot) -> new ActiveRequest(this, memory, slot));
        this.loans = port.addMessages((int) created[2], false, service.responseType(), service.responseHeaderType(),
                LoanedResponse[]::new, (memory, slot) -> new LoanedResponse(this, memory, slot));
        this.send = created[3] != 0 ? Native.SERVER_SEND_CRITICAL : Native.SERVER_SEND;
    }

    public RequestResponseService service() {
        return service;
    }

    /**
     * The next request, or {@code null} when none is waiting; read it in place, answer it
     * through its {@link ActiveRequest#loan()}, close it when done. It does not wait.
     *
     * @throws LimitReachedException if the server holds as many requests as it may; close one
     */
    public ActiveRequest receive() {
        long handle = port.handle();
        try {
            int status = (int) Native.SERVER_RECEIVE.invokeExact(handle, out.address);
            if (status != 0) {
                throw Native.failure(status);
            }
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            Reference.reachabilityFence(this);
        }
        long slot = out.get(0);
        if (slot == Native.UNSET) {
            return null;
        }
        ActiveRequest request = requests[(int) slot];
        request.begin(out.get(1), out.get(2));
        return request;
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
        Copies.require("request", request, service.requestType().size());
        Copies.requireHeader("request", header, service.requestHeaderType());
        ActiveRequest received = receive();
        if (received != null) {
            received.copyPayloadTo(request);
            if (header != null) {
                received.copyHeaderTo(header);
            }
        }
        return received;
    }

    /** The response loaned just now for {@code request}. */
    LoanedResponse loaned(int slot, ActiveRequest request, long payloadAddress, long headerAddress) {
        LoanedResponse response = loans[slot];
        response.begin(request, payloadAddress, headerAddress);
        return response;
    }

    /** Gives back the unsent responses loaned for {@code request}. */
    void discardLoansOf(ActiveRequest request) {
        for (LoanedResponse response : loans) {
            if (response.active() && response.request() == request) {
                response.close();
            }
        }
    }

    /**
     * Closes the server: requests it holds end without further answers, responses still loaned
     * are dropped unsent, and all their memory becomes inaccessible.
     *
     * @throws WrongThreadException on another thread than the server's
     */
    @Override
    public void close() {
        port.close(cleanable, requests, loans);
    }

    @Override
    public String toString() {
        return "Server[" + service.name() + (port.isOpen() ? "" : ", closed") + "]";
    }
}

package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * Settings of a request-response service, then {@link #open()}, {@link #create()} or
 * {@link #openOrCreate()}; as for {@link PublishSubscribeBuilder}, settings left out take
 * iceoryx2's defaults and are minimums when the service is opened, and the four message types
 * (request, response, and their optional user headers) must match.
 */
public final class RequestResponseBuilder {

    private final Node node;
    private final String name;
    /** Request, request header, response, response header; a header may be null. */
    private final TypeDetails[] types = new TypeDetails[4];
    private final QosValues qos = new QosValues(7);

    RequestResponseBuilder(Node node, String name, TypeDetails request, TypeDetails response) {
        this.node = node;
        this.name = name;
        types[0] = request;
        types[2] = response;
    }

    /** A user header of this type travels with every request. */
    public RequestResponseBuilder requestHeader(MessageType type) {
        types[1] = TypeDetails.of(Objects.requireNonNull(type, "type"));
        return this;
    }

    public RequestResponseBuilder requestHeader(Class<?> generated) {
        return requestHeader(TypeDetails.of(generated));
    }

    /** A user header of this type travels with every response. */
    public RequestResponseBuilder responseHeader(MessageType type) {
        types[3] = TypeDetails.of(Objects.requireNonNull(type, "type"));
        return this;
    }

    public RequestResponseBuilder responseHeader(Class<?> generated) {
        return responseHeader(TypeDetails.of(generated));
    }

    /** How many requests a client may have pending (sent, not yet closed) at once. */
    public RequestResponseBuilder maxActiveRequestsPerClient(long value) {
        return set(0, value);
    }

    public RequestResponseBuilder maxLoanedRequests(long value) {
        return set(1, value);
    }

    /** How many responses wait for a pending request at most. */
    public RequestResponseBuilder maxResponseBufferSize(long value) {
        return set(2, value);
    }

    public RequestResponseBuilder maxBorrowedResponsesPerPendingResponse(long value) {
        return set(3, value);
    }

    public RequestResponseBuilder maxServers(long value) {
        return set(4, value);
    }

    public RequestResponseBuilder maxClients(long value) {
        return set(5, value);
    }

    public RequestResponseBuilder maxNodes(long value) {
        return set(6, value);
    }

    private RequestResponseBuilder set(int index, long value) {
        qos.count(index, value);
        return this;
    }

    public RequestResponseService open() {
        return build(OpenMode.OPEN);
    }

    public RequestResponseService create() {
        return build(OpenMode.CREATE);
    }

    public RequestResponseService openOrCreate() {
        return build(OpenMode.OPEN_OR_CREATE);
    }

    private RequestResponseService build(OpenMode mode) {
        return node.call((nodeHandle, arena) -> {
            MemorySegment nameText = Native.utf8(arena, name);
            MemorySegment names = arena.allocate(ADDRESS, 4);
            MemorySegment lengths = arena.allocate(JAVA_LONG, 4);
            MemorySegment layouts = arena.allocate(JAVA_LONG, 8);
            for (int i = 0; i < 4; i++) {
                TypeDetails type = types[i];
                MemorySegment text = type == null ? MemorySegment.NULL : Native.utf8(arena, type.typeName());
                names.setAtIndex(ADDRESS, i, text);
                lengths.setAtIndex(JAVA_LONG, i, type == null ? 0 : text.byteSize());
                layouts.setAtIndex(JAVA_LONG, 2L * i, type == null ? 0 : type.size());
                layouts.setAtIndex(JAVA_LONG, 2L * i + 1, type == null ? 1 : type.alignment());
            }
            MemorySegment out = arena.allocate(ADDRESS);
            Native.check((int) Native.REQUEST_RESPONSE_SERVICE.invokeExact(nodeHandle, mode.code(), nameText,
                    nameText.byteSize(), names, lengths, layouts, qos.in(arena), out));
            return new RequestResponseService(node, name, types.clone(), out.get(ADDRESS, 0));
        });
    }
}

package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.util.Optional;

/**
 * A request-response service: makes its {@link Client}s and {@link Server}s. Closing it leaves
 * them usable.
 */
public final class RequestResponseService implements AutoCloseable {

    private final Node node;
    private final String name;
    /** Request, request header, response, response header; a header may be null. */
    private final TypeDetails[] types;
    private final NativeResource resource;
    private final Cleaner.Cleanable cleanable;

    RequestResponseService(Node node, String name, TypeDetails[] types, MemorySegment handle) {
        this.node = node;
        this.name = name;
        this.types = types;
        this.resource = new NativeResource("request-response service \"" + name + "\"", handle,
                Native.REQUEST_RESPONSE_SERVICE_DROP);
        this.cleanable = resource.cleanWhenUnreachable(this);
    }

    public String name() {
        return name;
    }

    public TypeDetails requestType() {
        return types[0];
    }

    public Optional<TypeDetails> requestHeaderType() {
        return Optional.ofNullable(types[1]);
    }

    public TypeDetails responseType() {
        return types[2];
    }

    public Optional<TypeDetails> responseHeaderType() {
        return Optional.ofNullable(types[3]);
    }

    /**
     * A client: loans and sends requests and receives their responses. It belongs to the
     * calling thread.
     */
    public Client client() {
        return new Client(this, create(Native.CLIENT_CREATE, 4));
    }

    /** A server: receives requests and answers them. It belongs to the calling thread. */
    public Server server() {
        return new Server(this, create(Native.SERVER_CREATE, 3));
    }

    /** Creates a port: its handle, then the {@code values} the native side wrote about it. */
    private long[] create(java.lang.invoke.MethodHandle function, int values) {
        return resource.call((handle, arena) -> {
            MemorySegment port = arena.allocate(ADDRESS);
            MemorySegment out = arena.allocate(JAVA_LONG, values);
            Native.check((int) function.invokeExact(handle, port, out));
            long[] created = new long[values + 1];
            created[0] = port.get(ADDRESS, 0).address();
            MemorySegment.copy(out, JAVA_LONG, 0, created, 1, values);
            return created;
        });
    }

    /** The service's settings, as the process that created it chose them. */
    public RequestResponseSettings settings() {
        long[] info = info();
        return new RequestResponseSettings(info[0], info[1], info[2], info[3], info[4], info[5], info[6]);
    }

    public long serverCount() {
        return info()[7];
    }

    public long clientCount() {
        return info()[8];
    }

    private long[] info() {
        return resource.values(Native.REQUEST_RESPONSE_SERVICE_INFO, 9);
    }

    Node node() {
        return node;
    }

    @Override
    public void close() {
        cleanable.clean();
    }

    @Override
    public String toString() {
        return "RequestResponseService[" + name + ", request " + types[0] + ", response " + types[2] + "]";
    }
}

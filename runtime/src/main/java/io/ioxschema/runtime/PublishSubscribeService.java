package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.util.Optional;

/**
 * A publish-subscribe service: makes its {@link Publisher}s and {@link Subscriber}s. Closing it
 * leaves them usable; the service itself lives on in iceoryx2 while any process uses it.
 */
public final class PublishSubscribeService implements AutoCloseable {

    private final Node node;
    private final String name;
    private final TypeDetails payload;
    private final TypeDetails userHeader;
    private final NativeResource resource;
    private final Cleaner.Cleanable cleanable;

    PublishSubscribeService(Node node, String name, TypeDetails payload, TypeDetails userHeader, MemorySegment handle) {
        this.node = node;
        this.name = name;
        this.payload = payload;
        this.userHeader = userHeader;
        this.resource = new NativeResource("publish-subscribe service \"" + name + "\"", handle, Native.PUBSUB_SERVICE_DROP);
        this.cleanable = resource.cleanWhenUnreachable(this);
    }

    public String name() {
        return name;
    }

    public TypeDetails payloadType() {
        return payload;
    }

    /** The user header type, if the service has one. */
    public Optional<TypeDetails> userHeaderType() {
        return Optional.ofNullable(userHeader);
    }

    /**
     * A publisher that may hold iceoryx2's default number of loans (2) at once. It belongs to
     * the calling thread (see {@link Publisher}).
     */
    public Publisher publisher() {
        return publisher(Native.UNSET);
    }

    /** A publisher that may hold up to {@code maxLoanedSamples} loans at once; it belongs to the calling thread. */
    public Publisher publisher(long maxLoanedSamples) {
        boolean safeOverflow = settings().safeOverflow();
        long[] created = create(Native.PUBLISHER_CREATE, maxLoanedSamples);
        return new Publisher(this, created[0], (int) created[1], safeOverflow);
    }

    /** A subscriber whose buffer has the service's maximum size; it belongs to the calling thread. */
    public Subscriber subscriber() {
        return subscriber(Native.UNSET);
    }

    /**
     * A subscriber whose buffer holds {@code bufferSize} samples (at most the service's
     * maximum); it belongs to the calling thread (see {@link Subscriber}).
     */
    public Subscriber subscriber(long bufferSize) {
        long[] created = create(Native.SUBSCRIBER_CREATE, bufferSize);
        return new Subscriber(this, created[0], (int) created[1]);
    }

    /** Creates a port: its handle and number of slots. */
    private long[] create(java.lang.invoke.MethodHandle function, long setting) {
        MemorySegment handle = resource.lock();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment port = arena.allocate(ADDRESS);
            MemorySegment slots = arena.allocate(JAVA_LONG);
            Native.check((int) function.invokeExact(handle, setting, port, slots));
            return new long[] {port.get(ADDRESS, 0).address(), slots.get(JAVA_LONG, 0)};
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            resource.unlock();
        }
    }

    /** The service's settings, as the process that created it chose them. */
    public PublishSubscribeSettings settings() {
        long[] info = info();
        return new PublishSubscribeSettings(info[0], info[1], info[2], info[3], info[4], info[5], info[6] != 0);
    }

    /** The number of publishers on the service now, in every process (dead ones until cleaned up). */
    public long publisherCount() {
        return info()[7];
    }

    /** The number of subscribers on the service now, in every process (dead ones until cleaned up). */
    public long subscriberCount() {
        return info()[8];
    }

    private long[] info() {
        MemorySegment handle = resource.lock();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(JAVA_LONG, 9);
            Native.check((int) Native.PUBSUB_SERVICE_INFO.invokeExact(handle, out));
            return out.toArray(JAVA_LONG);
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            resource.unlock();
        }
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
        return "PublishSubscribeService[" + name + ", payload " + payload
                + (userHeader == null ? "" : ", user header " + userHeader) + "]";
    }
}

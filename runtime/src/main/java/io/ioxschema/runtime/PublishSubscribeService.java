package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

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
    private final boolean slice;
    private final TypeDetails userHeader;
    private final NativeResource resource;
    private final Cleaner.Cleanable cleanable;

    PublishSubscribeService(Node node, String name, TypeDetails payload, boolean slice, TypeDetails userHeader,
            MemorySegment handle) {
        this.node = node;
        this.name = name;
        this.payload = payload;
        this.slice = slice;
        this.userHeader = userHeader;
        this.resource = new NativeResource("publish-subscribe service \"" + name + "\"", handle, Native.PUBSUB_SERVICE_DROP);
        this.cleanable = resource.cleanWhenUnreachable(this);
    }

    public String name() {
        return name;
    }

    /** The payload type; for a {@linkplain #isSlice() slice} payload, the type of its elements. */
    public TypeDetails payloadType() {
        return payload;
    }

    /** Whether each sample is a slice of {@link #payloadType()} elements rather than one value. */
    public boolean isSlice() {
        return slice;
    }

    /** The user header type, if the service has one. */
    public Optional<TypeDetails> userHeaderType() {
        return Optional.ofNullable(userHeader);
    }

    /**
     * A publisher with iceoryx2's defaults (2 loans at once; for a slice payload, slices of 1
     * element: see {@link #publisherBuilder()}). It belongs to the calling thread (see
     * {@link Publisher}).
     */
    public Publisher publisher() {
        return publisherBuilder().create();
    }

    /** A publisher that may hold up to {@code maxLoanedSamples} loans at once; it belongs to the calling thread. */
    public Publisher publisher(long maxLoanedSamples) {
        return publisherBuilder().maxLoanedSamples(maxLoanedSamples).create();
    }

    /** The settings of a publisher, e.g. the initial max slice length of a slice payload. */
    public PublisherBuilder publisherBuilder() {
        return new PublisherBuilder(this);
    }

    Publisher createPublisher(long[] settings) {
        boolean safeOverflow = settings().safeOverflow();
        return resource.call((handle, arena) -> {
            MemorySegment port = arena.allocate(ADDRESS);
            MemorySegment got = arena.allocate(JAVA_LONG, 4);
            Native.check((int) Native.PUBLISHER_CREATE.invokeExact(handle, arena.allocateFrom(JAVA_LONG, settings), port, got));
            return new Publisher(this, port.get(ADDRESS, 0).address(), (int) got.getAtIndex(JAVA_LONG, 0),
                    got.getAtIndex(JAVA_LONG, 1), AllocationStrategy.values()[(int) got.getAtIndex(JAVA_LONG, 2)],
                    BackpressureStrategy.values()[(int) got.getAtIndex(JAVA_LONG, 3)], safeOverflow);
        });
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
        return resource.call((handle, arena) -> {
            MemorySegment port = arena.allocate(ADDRESS);
            MemorySegment slots = arena.allocate(JAVA_LONG);
            Native.check((int) Native.SUBSCRIBER_CREATE.invokeExact(handle, bufferSize, port, slots));
            return new Subscriber(this, port.get(ADDRESS, 0).address(), (int) slots.get(JAVA_LONG, 0));
        });
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
        return resource.values(Native.PUBSUB_SERVICE_INFO, 9);
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
        return "PublishSubscribeService[" + name + ", payload " + (slice ? "slice of " : "") + payload
                + (userHeader == null ? "" : ", user header " + userHeader) + "]";
    }
}

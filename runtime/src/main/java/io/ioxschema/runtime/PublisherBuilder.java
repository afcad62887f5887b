package io.ioxschema.runtime;

import java.util.Arrays;
import java.util.Objects;

/**
 * Settings of a publisher, then {@link #create()}. Settings left out take iceoryx2's defaults
 * (those of the node's config), and an initial max slice length of 1.
 *
 * <pre>{@code
 * Publisher publisher = service.publisherBuilder().initialMaxSliceLength(4096)
 *         .allocationStrategy(AllocationStrategy.POWER_OF_TWO).create();
 * }</pre>
 */
public final class PublisherBuilder {

    // Indices of the native settings array (runtime/native/src/pubsub.rs, mod publisher_settings).
    static final int MAX_LOANED_SAMPLES = 0;
    static final int INITIAL_MAX_SLICE_LENGTH = 1;
    static final int ALLOCATION_STRATEGY = 2;
    static final int BACKPRESSURE_STRATEGY = 3;
    static final int COUNT = 4;

    private final PublishSubscribeService service;
    private final long[] settings = new long[COUNT];

    PublisherBuilder(PublishSubscribeService service) {
        this.service = service;
        Arrays.fill(settings, Native.UNSET);
    }

    /** How many samples the publisher may hold loaned (not yet sent) at once. */
    public PublisherBuilder maxLoanedSamples(long value) {
        settings[MAX_LOANED_SAMPLES] = atLeastOne(value, "max loaned samples");
        return this;
    }

    /**
     * The most elements a loaned slice may have (unless the {@linkplain #allocationStrategy
     * allocation strategy} grows the memory); each sample in the publisher's memory has room
     * for this many.
     *
     * @throws IllegalStateException if the service's payload is not a slice
     */
    public PublisherBuilder initialMaxSliceLength(long value) {
        if (!service.isSlice()) {
            throw new IllegalStateException("the payload of \"" + service.name() + "\" is " + service.payloadType()
                    + ", not a slice: a publisher of it has no slice length");
        }
        settings[INITIAL_MAX_SLICE_LENGTH] = atLeastOne(value, "the initial max slice length");
        return this;
    }

    /** How the publisher's memory grows when a slice longer than the initial max slice length is loaned. */
    public PublisherBuilder allocationStrategy(AllocationStrategy strategy) {
        settings[ALLOCATION_STRATEGY] = Objects.requireNonNull(strategy, "strategy").code();
        return this;
    }

    /** What a send does when a subscriber's buffer is full (services without safe overflow). */
    public PublisherBuilder backpressureStrategy(BackpressureStrategy strategy) {
        settings[BACKPRESSURE_STRATEGY] = Objects.requireNonNull(strategy, "strategy").code();
        return this;
    }

    /** The publisher; it belongs to the calling thread (see {@link Publisher}). */
    public Publisher create() {
        return service.createPublisher(settings.clone());
    }

    private static long atLeastOne(long value, String what) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1: " + value);
        }
        return value;
    }
}

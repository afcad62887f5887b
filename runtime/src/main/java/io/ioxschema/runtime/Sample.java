package io.ioxschema.runtime;

import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;

/**
 * A received sample: read-only views of the payload and user header in shared memory. Close it
 * to release it to its publisher; afterwards the segments throw {@link IllegalStateException}
 * on every access.
 */
public final class Sample implements AutoCloseable {

    private final Subscriber subscriber;
    private final Lease lease;
    private final MemorySegment payload;
    private final MemorySegment userHeader;
    private Cleaner.Cleanable cleanable;

    Sample(Subscriber subscriber, Lease lease, MemorySegment payload, MemorySegment userHeader) {
        this.subscriber = subscriber;
        this.lease = lease;
        this.payload = payload;
        this.userHeader = userHeader;
    }

    void cleanWhenUnreachable(Runnable release) {
        this.cleanable = NativeResource.CLEANER.register(this, release);
    }

    /** The payload, read-only: the payload type's size. */
    public MemorySegment payload() {
        return payload;
    }

    /** The user header, read-only: its type's size; empty when the service has none. */
    public MemorySegment userHeader() {
        return userHeader;
    }

    /** Releases the sample to its publisher. */
    @Override
    public void close() {
        subscriber.release(lease);
        cleanable.clean();
    }
}

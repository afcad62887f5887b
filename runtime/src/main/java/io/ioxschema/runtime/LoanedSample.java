package io.ioxschema.runtime;

import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;

/**
 * A sample loaned from a {@link Publisher}: memory in the shared segment to write the message
 * into, then {@link #send()}. {@link #close()} without sending gives it back. After either, the
 * segments throw {@link IllegalStateException} on every access: the memory is the subscribers'
 * (or the publisher's) again.
 */
public final class LoanedSample implements AutoCloseable {

    private final Publisher publisher;
    private final Lease lease;
    private final MemorySegment payload;
    private final MemorySegment userHeader;
    private Cleaner.Cleanable cleanable;

    LoanedSample(Publisher publisher, Lease lease, MemorySegment payload, MemorySegment userHeader) {
        this.publisher = publisher;
        this.lease = lease;
        this.payload = payload;
        this.userHeader = userHeader;
    }

    void cleanWhenUnreachable(Runnable giveBack) {
        this.cleanable = NativeResource.CLEANER.register(this, giveBack);
    }

    /** The payload: exactly the payload type's size, in shared memory. */
    public MemorySegment payload() {
        return payload;
    }

    /** The user header: exactly its type's size; empty when the service has none. */
    public MemorySegment userHeader() {
        return userHeader;
    }

    /**
     * Sends the sample to every subscriber of the service and returns how many it reached.
     *
     * @throws IllegalStateException if it was sent or closed before
     */
    public long send() {
        long recipients = publisher.send(lease);
        cleanable.clean(); // the lease has ended: the Cleaner has nothing left to do
        return recipients;
    }

    /** Gives the sample back unsent; nothing if it was sent. */
    @Override
    public void close() {
        publisher.discard(lease);
        cleanable.clean();
    }
}

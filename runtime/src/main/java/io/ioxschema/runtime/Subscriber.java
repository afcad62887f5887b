package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;

/**
 * Receives samples: {@link #receive()} returns the next one, which reads the publisher's bytes
 * in shared memory; close it to hand it back (a subscriber may hold only a few at once).
 * Thread-safe; a sample's segments may be read from any thread until it is closed.
 */
public final class Subscriber implements AutoCloseable {

    private final PublishSubscribeService service;
    private final NativeResource resource;
    private final Leases leases;
    private final Cleaner.Cleanable cleanable;
    private final long headerSize;
    /** Out-parameter of receive, allocated once; used under the lock. */
    private final MemorySegment receiveOut;

    Subscriber(PublishSubscribeService service, MemorySegment handle) {
        this.service = service;
        this.resource = new NativeResource("subscriber of \"" + service.name() + "\"", handle, Native.SUBSCRIBER_DROP);
        this.leases = new Leases(resource, Native.SUBSCRIBER_RELEASE);
        this.cleanable = resource.cleanWhenUnreachable(this);
        this.headerSize = service.userHeaderType().map(TypeDetails::size).orElse(0L);
        this.receiveOut = Arena.ofAuto().allocate(JAVA_LONG, 4);
    }

    public PublishSubscribeService service() {
        return service;
    }

    /**
     * The next sample, or {@code null} when none is waiting. It does not wait: to sleep until
     * data arrives, see {@link WaitSet}.
     *
     * @throws LimitReachedException if this subscriber already holds as many samples as the
     *     service allows; close one first
     */
    public Sample receive() {
        MemorySegment handle = resource.lock();
        Lease lease;
        long payloadAddress;
        long payloadLength;
        long headerAddress;
        try {
            Native.check((int) Native.SUBSCRIBER_RECEIVE.invokeExact(handle, receiveOut));
            long slot = receiveOut.getAtIndex(JAVA_LONG, 0);
            if (slot == Native.UNSET) {
                return null;
            }
            lease = leases.open(slot);
            payloadAddress = receiveOut.getAtIndex(JAVA_LONG, 1);
            payloadLength = receiveOut.getAtIndex(JAVA_LONG, 2);
            headerAddress = receiveOut.getAtIndex(JAVA_LONG, 3);
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            resource.unlock();
        }
        MemorySegment payload = MemorySegment.ofAddress(payloadAddress).reinterpret(payloadLength, lease.arena, null);
        MemorySegment header = MemorySegment.ofAddress(headerAddress).reinterpret(headerSize, lease.arena, null);
        Sample sample = new Sample(this, lease, payload.asReadOnly(), header.asReadOnly());
        sample.cleanWhenUnreachable(leases.giveBackWhenUnreachable(lease));
        return sample;
    }

    void release(Lease lease) {
        leases.giveBack(lease);
    }

    /** Closes the subscriber; samples still held become inaccessible and are released. */
    @Override
    public void close() {
        cleanable.clean();
    }

    @Override
    public String toString() {
        return "Subscriber[" + service.name() + (resource.isOpen() ? "" : ", closed") + "]";
    }
}

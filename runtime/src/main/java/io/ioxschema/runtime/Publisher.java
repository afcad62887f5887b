package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.util.Objects;

/**
 * Sends samples: {@link #loan()} a sample in shared memory, write it, {@link LoanedSample#send()}
 * it; subscribers read the very same bytes. Or {@link #sendCopy} bytes that are elsewhere.
 * Thread-safe; a loaned sample's segments may be used from any thread.
 */
public final class Publisher implements AutoCloseable {

    private final PublishSubscribeService service;
    private final NativeResource resource;
    private final Leases leases;
    private final Cleaner.Cleanable cleanable;
    private final long payloadSize;
    private final long headerSize;
    /** Out-parameters of loan and send, allocated once; used under the lock. */
    private final MemorySegment loanOut;
    private final MemorySegment sendOut;

    Publisher(PublishSubscribeService service, MemorySegment handle) {
        this.service = service;
        this.resource = new NativeResource("publisher of \"" + service.name() + "\"", handle, Native.PUBLISHER_DROP);
        this.leases = new Leases(resource, Native.PUBLISHER_DISCARD);
        this.cleanable = resource.cleanWhenUnreachable(this);
        this.payloadSize = service.payloadType().size();
        this.headerSize = service.userHeaderType().map(TypeDetails::size).orElse(0L);
        Arena scratch = Arena.ofAuto();
        this.loanOut = scratch.allocate(JAVA_LONG, 3);
        this.sendOut = scratch.allocate(JAVA_LONG);
    }

    public PublishSubscribeService service() {
        return service;
    }

    /**
     * Loans a sample with its payload and user header zeroed, so no byte of an earlier message
     * can leak into this one (padding included).
     *
     * @throws LoanExhaustedException if the publisher holds all its loans, or subscribers hold
     *     all its memory
     */
    public LoanedSample loan() {
        LoanedSample sample = loanUninit();
        sample.payload().fill((byte) 0);
        sample.userHeader().fill((byte) 0);
        return sample;
    }

    /** Loans a sample whose memory holds whatever an earlier message left there: write every byte. */
    public LoanedSample loanUninit() {
        MemorySegment handle = resource.lock();
        Lease lease;
        long payloadAddress;
        long headerAddress;
        try {
            Native.check((int) Native.PUBLISHER_LOAN.invokeExact(handle, loanOut));
            lease = leases.open(loanOut.getAtIndex(JAVA_LONG, 0));
            payloadAddress = loanOut.getAtIndex(JAVA_LONG, 1);
            headerAddress = loanOut.getAtIndex(JAVA_LONG, 2);
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            resource.unlock();
        }
        MemorySegment payload = MemorySegment.ofAddress(payloadAddress).reinterpret(payloadSize, lease.arena, null);
        MemorySegment header = MemorySegment.ofAddress(headerAddress).reinterpret(headerSize, lease.arena, null);
        LoanedSample sample = new LoanedSample(this, lease, payload, header);
        sample.cleanWhenUnreachable(leases.giveBackWhenUnreachable(lease));
        return sample;
    }

    /** Sends a copy of {@code payload} (exactly the payload size), with a zeroed user header. */
    public long sendCopy(MemorySegment payload) {
        return sendCopy(payload, null);
    }

    /** Sends a copy of {@code payload} and {@code userHeader} (each exactly its type's size). */
    public long sendCopy(MemorySegment payload, MemorySegment userHeader) {
        Objects.requireNonNull(payload, "payload");
        requireSize("payload", payload, payloadSize);
        if (userHeader != null) {
            requireSize("user header", userHeader, headerSize);
        }
        try (LoanedSample sample = loanUninit()) {
            sample.payload().copyFrom(payload);
            if (userHeader != null) {
                sample.userHeader().copyFrom(userHeader);
            } else {
                sample.userHeader().fill((byte) 0);
            }
            return sample.send();
        }
    }

    private static void requireSize(String what, MemorySegment segment, long size) {
        if (segment.byteSize() != size) {
            throw new IllegalArgumentException("the " + what + " is " + segment.byteSize() + " bytes; the service's type has " + size);
        }
    }

    /** Sends the sample of {@code lease}; its memory becomes inaccessible first. */
    long send(Lease lease) {
        MemorySegment handle = resource.lock();
        try {
            if (lease.ended()) {
                throw new IllegalStateException("the sample was already sent or closed");
            }
            leases.end(lease);
            Native.check((int) Native.PUBLISHER_SEND.invokeExact(handle, lease.slot, sendOut));
            return sendOut.get(JAVA_LONG, 0);
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            resource.unlock();
        }
    }

    void discard(Lease lease) {
        leases.giveBack(lease);
    }

    /** Closes the publisher; samples still loaned become inaccessible and are dropped unsent. */
    @Override
    public void close() {
        cleanable.clean();
    }

    @Override
    public String toString() {
        return "Publisher[" + service.name() + (resource.isOpen() ? "" : ", closed") + "]";
    }
}

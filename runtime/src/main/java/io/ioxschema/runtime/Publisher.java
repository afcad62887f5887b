package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.ref.Cleaner;
import java.lang.ref.Reference;
import java.util.Objects;

/**
 * Sends samples: {@link #loan()} a sample in shared memory, write it, {@link LoanedSample#send()}
 * it; subscribers read the very same bytes. Or {@link #sendCopy} bytes that are elsewhere.
 *
 * <p>A publisher belongs to the thread that created it, like a confined {@link Arena}: it and
 * its samples throw {@link WrongThreadException} on any other thread. In return a message costs
 * two native calls and allocates nothing: the {@link LoanedSample} objects are the publisher's,
 * one per loan it may hold at once, and are reused.
 */
public final class Publisher implements AutoCloseable {

    private final PublishSubscribeService service;
    private final Port port;
    private final Cleaner.Cleanable cleanable;
    private final LoanedSample[] samples;
    private final long payloadSize;
    private final long headerSize;
    private final MethodHandle send;
    /** Out-parameters of loan and send, allocated once: slot, payload and header address; recipients. */
    private final MemorySegment out;
    private final long outAddress;

    Publisher(PublishSubscribeService service, long handle, int slots, boolean safeOverflow) {
        this.service = service;
        TypeDetails header = service.userHeaderType().orElse(null);
        this.port = new Port("publisher of \"" + service.name() + "\"", handle, Native.PUBLISHER_DROP, slots, false,
                service.payloadType(), header);
        this.cleanable = NativeResource.CLEANER.register(this, port);
        this.samples = new LoanedSample[slots];
        for (int i = 0; i < slots; i++) {
            samples[i] = new LoanedSample(this, port, i);
        }
        this.payloadSize = service.payloadType().size();
        this.headerSize = header == null ? 0 : header.size();
        this.send = safeOverflow ? Native.PUBLISHER_SEND_CRITICAL : Native.PUBLISHER_SEND;
        this.out = Arena.ofAuto().allocate(JAVA_LONG, 4);
        this.outAddress = out.address();
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
        return loan(1);
    }

    /** Loans a sample whose memory holds whatever an earlier message left there: write every byte. */
    public LoanedSample loanUninit() {
        return loan(0);
    }

    private LoanedSample loan(int zeroed) {
        long handle = port.handle();
        try {
            int status = (int) Native.PUBLISHER_LOAN.invokeExact(handle, zeroed, outAddress);
            if (status != 0) {
                throw Native.failure(status);
            }
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            Reference.reachabilityFence(this);
        }
        LoanedSample sample = samples[(int) out.getAtIndex(JAVA_LONG, 0)];
        sample.begin(out.getAtIndex(JAVA_LONG, 1), out.getAtIndex(JAVA_LONG, 2));
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
        LoanedSample sample = loan(userHeader == null ? 1 : 0);
        MemorySegment.copy(payload, 0, port.memory, sample.memory.payloadAddress(), payloadSize);
        if (userHeader != null) {
            MemorySegment.copy(userHeader, 0, port.memory, sample.memory.headerAddress(), headerSize);
        }
        return sample.send();
    }

    private static void requireSize(String what, MemorySegment segment, long size) {
        if (segment.byteSize() != size) {
            throw new IllegalArgumentException("the " + what + " is " + segment.byteSize() + " bytes; the service's type has " + size);
        }
    }

    /** Sends the sample; its memory becomes inaccessible first. */
    long send(LoanedSample sample) {
        long handle = port.handle();
        if (!sample.memory.active()) {
            throw new IllegalStateException("the sample was already sent or closed");
        }
        sample.end();
        try {
            int status = (int) send.invokeExact(handle, sample.slot, outAddress + 3 * Long.BYTES);
            if (status != 0) {
                throw Native.failure(status);
            }
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            Reference.reachabilityFence(this);
        }
        return out.getAtIndex(JAVA_LONG, 3);
    }

    /** Gives the sample back unsent; nothing if it ended (sent, closed, or the publisher closed). */
    void discard(LoanedSample sample) {
        port.checkThread();
        if (!sample.memory.active()) {
            return;
        }
        sample.end();
        try {
            Native.check((int) Native.PUBLISHER_DISCARD.invokeExact(port.handle(), sample.slot));
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * Closes the publisher; samples still loaned become inaccessible and are dropped unsent.
     *
     * @throws WrongThreadException on another thread than the publisher's
     */
    @Override
    public void close() {
        port.checkThread();
        for (LoanedSample sample : samples) {
            sample.closeRawMemory();
        }
        cleanable.clean();
    }

    @Override
    public String toString() {
        return "Publisher[" + service.name() + (port.isOpen() ? "" : ", closed") + "]";
    }
}

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
 * it; subscribers read the very same bytes. Or {@link #sendCopy} bytes that are elsewhere. A
 * service whose payload is a slice loans with {@link #loanSlice(long)} instead, as many
 * elements as the message needs.
 *
 * <p>A publisher belongs to the thread that created it, like a confined {@link Arena}: it and
 * its samples throw {@link WrongThreadException} on any other thread. In return a message costs
 * at most two native calls and allocates nothing: the {@link LoanedSample} objects are the
 * publisher's, one per loan it may hold at once, and are reused. A publisher that sends message
 * after message of one length makes one call per message: each send loans the next sample
 * ahead (one of the publisher's loans, kept until the next loan or close).
 */
public final class Publisher implements AutoCloseable {

    private final PublishSubscribeService service;
    private final Port port;
    private final Cleaner.Cleanable cleanable;
    private final LoanedSample[] samples;
    private final boolean slice;
    /** The payload's size, or a slice element's. */
    private final long elementSize;
    private final long headerSize;
    private final long initialMaxSliceLength;
    private final AllocationStrategy allocationStrategy;
    private final BackpressureStrategy backpressureStrategy;
    private final MethodHandle send;
    private final LoanAhead ahead = new LoanAhead();
    /** Out-parameters of loan and send, allocated once: slot, payload and header address; recipients. */
    private final MemorySegment out;
    private final long outAddress;

    Publisher(PublishSubscribeService service, long handle, int slots, long initialMaxSliceLength,
            AllocationStrategy allocationStrategy, BackpressureStrategy backpressureStrategy, boolean safeOverflow) {
        this.service = service;
        TypeDetails header = service.userHeaderType().orElse(null);
        this.port = new Port("publisher of \"" + service.name() + "\"", handle, Native.PUBLISHER_DROP, slots, false, service);
        this.cleanable = NativeResource.CLEANER.register(this, port);
        this.samples = new LoanedSample[slots];
        for (int i = 0; i < slots; i++) {
            samples[i] = new LoanedSample(this, port, i);
        }
        this.slice = service.isSlice();
        this.elementSize = service.payloadType().size();
        this.headerSize = header == null ? 0 : header.size();
        this.initialMaxSliceLength = initialMaxSliceLength;
        this.allocationStrategy = allocationStrategy;
        this.backpressureStrategy = backpressureStrategy;
        // A send that may wait for a subscriber must not be a critical call (see Native).
        boolean neverWaits = safeOverflow || backpressureStrategy == BackpressureStrategy.DISCARD_DATA;
        this.send = neverWaits ? Native.PUBLISHER_SEND_CRITICAL : Native.PUBLISHER_SEND;
        this.out = Arena.ofAuto().allocate(JAVA_LONG, 4);
        this.outAddress = out.address();
    }

    public PublishSubscribeService service() {
        return service;
    }

    /** How many samples this publisher may hold loaned at once. */
    public int maxLoanedSamples() {
        return samples.length;
    }

    /** The most elements a slice may have without growing the memory (1 unless the payload is a slice). */
    public long initialMaxSliceLength() {
        return initialMaxSliceLength;
    }

    public AllocationStrategy allocationStrategy() {
        return allocationStrategy;
    }

    public BackpressureStrategy backpressureStrategy() {
        return backpressureStrategy;
    }

    /**
     * Loans a sample with its payload and user header zeroed, so no byte of an earlier message
     * can leak into this one (padding included).
     *
     * @throws LoanExhaustedException if the publisher holds all its loans, or subscribers hold
     *     all its memory
     * @throws IllegalStateException if the payload is a slice (use {@link #loanSlice(long)})
     */
    public LoanedSample loan() {
        requirePayloadKind(false);
        return loan(1, 1);
    }

    /** Loans a sample whose memory holds whatever an earlier message left there: write every byte. */
    public LoanedSample loanUninit() {
        requirePayloadKind(false);
        return loan(1, 0);
    }

    /**
     * Loans a slice of {@code length} elements, zeroed (so no byte of an earlier message can
     * leak into this one); its {@link LoanedSample#payload()} is {@code length} times the
     * element size.
     *
     * @throws IllegalArgumentException if {@code length} is negative, or longer than the
     *     {@linkplain #initialMaxSliceLength() initial max slice length} under the
     *     {@link AllocationStrategy#STATIC static} allocation strategy
     * @throws LoanExhaustedException if the publisher holds all its loans, or subscribers hold
     *     all its memory
     * @throws IllegalStateException if the payload is not a slice (use {@link #loan()})
     */
    public LoanedSample loanSlice(long length) {
        requirePayloadKind(true);
        return loan(requireLength(length), 1);
    }

    /** Loans a slice of {@code length} elements that hold whatever an earlier message left there: write every byte. */
    public LoanedSample loanSliceUninit(long length) {
        requirePayloadKind(true);
        return loan(requireLength(length), 0);
    }

    private void requirePayloadKind(boolean sliceLoan) {
        if (slice != sliceLoan) {
            throw new IllegalStateException(slice
                    ? "the payload of \"" + service.name() + "\" is a slice of " + service.payloadType()
                            + ": loan it with loanSlice(length) or loanSliceUninit(length)"
                    : "the payload of \"" + service.name() + "\" is " + service.payloadType()
                            + ", not a slice: loan it with loan() or loanUninit()");
        }
    }

    private static long requireLength(long length) {
        if (length < 0) {
            throw new IllegalArgumentException("a slice length cannot be negative: " + length);
        }
        return length;
    }

    private LoanedSample loan(long length, int zeroed) {
        long handle = port.handle();
        boolean served = ahead.serves(length, zeroed);
        long aheadSlot = ahead.takeSlot();
        if (served) {
            LoanedSample sample = samples[(int) aheadSlot];
            sample.begin(ahead.payloadAddress(), ahead.headerAddress(), length);
            return sample;
        }
        try {
            // A sample ahead of another length or zeroing is given back in the same call.
            int status = (int) Native.PUBLISHER_LOAN.invokeExact(handle, aheadSlot, length, zeroed, outAddress);
            if (status != 0) {
                throw Native.failure(status);
            }
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            Reference.reachabilityFence(this);
        }
        LoanedSample sample = samples[(int) out.getAtIndex(JAVA_LONG, 0)];
        sample.begin(out.getAtIndex(JAVA_LONG, 1), out.getAtIndex(JAVA_LONG, 2), length);
        return sample;
    }

    /**
     * Sends a copy of {@code payload} (exactly the payload size; for a slice payload, any
     * whole number of elements), with a zeroed user header.
     */
    public long sendCopy(MemorySegment payload) {
        return sendCopy(payload, null);
    }

    /** Sends a copy of {@code payload} and {@code userHeader} (each as {@link #sendCopy(MemorySegment)} says). */
    public long sendCopy(MemorySegment payload, MemorySegment userHeader) {
        Objects.requireNonNull(payload, "payload");
        long length = slice ? payload.byteSize() / elementSize : 1; // a slice element has at least 1 byte
        if (slice) {
            if (payload.byteSize() % elementSize != 0) {
                throw new IllegalArgumentException("the payload is " + payload.byteSize() + " bytes, not a whole number of "
                        + service.payloadType() + " elements");
            }
        } else {
            Copies.require("payload", payload, elementSize);
        }
        if (userHeader != null) {
            Copies.require("user header", userHeader, headerSize);
        }
        LoanedSample sample = loan(length, userHeader == null ? 1 : 0);
        sample.copyPayloadFrom(payload);
        if (userHeader != null) {
            sample.copyHeaderFrom(userHeader);
        }
        return sample.send();
    }

    /** Sends the sample (its memory becomes inaccessible first) and loans the next one ahead. */
    long send(LoanedSample sample) {
        long handle = port.handle();
        if (!sample.memory.active()) {
            throw new IllegalStateException("the sample was already sent or closed");
        }
        sample.end();
        try {
            int status = (int) send.invokeExact(handle, sample.slot, ahead.nextLength(), ahead.nextZeroed(), outAddress);
            if (status != 0) {
                throw Native.failure(status);
            }
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            Reference.reachabilityFence(this);
        }
        ahead.loanedAhead(out);
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
        port.close(cleanable, samples);
    }

    @Override
    public String toString() {
        return "Publisher[" + service.name() + (port.isOpen() ? "" : ", closed") + "]";
    }
}

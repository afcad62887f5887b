package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.lang.ref.Reference;

/**
 * Receives samples: {@link #receive()} returns the next one, which reads the publisher's bytes
 * in shared memory; close it to hand it back (a subscriber may hold only a few at once).
 *
 * <p>A subscriber belongs to the thread that created it, like a confined {@link Arena}: it and
 * its samples throw {@link WrongThreadException} on any other thread. In return a message costs
 * one native call and allocates nothing: the {@link Sample} objects are the subscriber's, one
 * per sample it may hold at once, and are reused, and a closed sample goes back to its publisher
 * in the next receive's call.
 */
public final class Subscriber implements AutoCloseable {

    private final PublishSubscribeService service;
    private final Port port;
    private final Cleaner.Cleanable cleanable;
    private final Sample[] samples;
    /** The slot of the sample closed last, released by the next receive (or close); UNSET if none. */
    private long closedSlot = Native.UNSET;
    /** Out-parameter of receive, allocated once: slot, payload address and length, header address. */
    private final MemorySegment out;
    private final long outAddress;

    Subscriber(PublishSubscribeService service, long handle, int slots) {
        this.service = service;
        this.port = new Port("subscriber of \"" + service.name() + "\"", handle, Native.SUBSCRIBER_DROP, slots, true, service);
        this.cleanable = NativeResource.CLEANER.register(this, port);
        this.samples = new Sample[slots];
        for (int i = 0; i < slots; i++) {
            samples[i] = new Sample(this, port, i);
        }
        this.out = Arena.ofAuto().allocate(JAVA_LONG, 4);
        this.outAddress = out.address();
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
        long handle = port.handle();
        long release = closedSlot;
        closedSlot = Native.UNSET; // released by this call in any case
        try {
            int status = (int) Native.SUBSCRIBER_RECEIVE.invokeExact(handle, release, outAddress);
            if (status != 0) {
                throw Native.failure(status);
            }
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            Reference.reachabilityFence(this);
        }
        long slot = out.getAtIndex(JAVA_LONG, 0);
        if (slot == Native.UNSET) {
            return null;
        }
        Sample sample = samples[(int) slot];
        sample.beginReceived(out.getAtIndex(JAVA_LONG, 1), out.getAtIndex(JAVA_LONG, 2), out.getAtIndex(JAVA_LONG, 3));
        return sample;
    }

    /**
     * Ends the sample and leaves its release to the next receive (one native call for both);
     * releases the one closed before, if it is still waiting. Nothing if the sample ended
     * (released, or the subscriber closed).
     */
    void release(Sample sample) {
        port.checkThread();
        if (!sample.memory.active()) {
            return;
        }
        sample.end();
        long earlier = closedSlot;
        closedSlot = sample.slot;
        if (earlier != Native.UNSET) {
            try {
                Native.check((int) Native.SUBSCRIBER_RELEASE.invokeExact(port.handle(), earlier));
            } catch (Throwable t) {
                throw Native.rethrow(t);
            } finally {
                Reference.reachabilityFence(this);
            }
        }
    }

    /**
     * Closes the subscriber; samples still held become inaccessible and are released.
     *
     * @throws WrongThreadException on another thread than the subscriber's
     */
    @Override
    public void close() {
        port.close(cleanable, samples);
    }

    @Override
    public String toString() {
        return "Subscriber[" + service.name() + (port.isOpen() ? "" : ", closed") + "]";
    }
}

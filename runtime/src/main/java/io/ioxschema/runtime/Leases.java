package io.ioxschema.runtime;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.Arrays;

/**
 * The samples a port has handed out and not yet got back, by slot. When the port closes, their
 * memory is made inaccessible before the native port (and with it the samples) is dropped.
 * Guarded by the port's lock.
 */
final class Leases {

    private final NativeResource port;
    /** Hands a slot back without sending: the publisher's discard or the subscriber's release. */
    private final MethodHandle giveBack;
    private Lease[] bySlot = new Lease[4];

    Leases(NativeResource port, MethodHandle giveBack) {
        this.port = port;
        this.giveBack = giveBack;
        port.beforeDrop(this::endAll);
    }

    /** Under the port's lock. */
    Lease open(long slot) {
        if (slot >= bySlot.length) {
            bySlot = Arrays.copyOf(bySlot, (int) Math.max(slot + 1, bySlot.length * 2L));
        }
        Lease lease = new Lease(slot);
        bySlot[(int) slot] = lease;
        return lease;
    }

    /** Under the port's lock: the lease ends and leaves the table (the caller hands the slot on). */
    void end(Lease lease) {
        lease.end();
        bySlot[(int) lease.slot] = null;
    }

    /** Gives the sample back unsent (publisher) or releases it (subscriber); nothing if it ended. */
    void giveBack(Lease lease) {
        MemorySegment handle;
        try {
            handle = port.lock();
        } catch (IllegalStateException closed) {
            return; // the port closed and took its samples with it
        }
        try {
            if (lease.ended()) {
                return;
            }
            end(lease);
            Native.check((int) giveBack.invokeExact(handle, lease.slot));
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            port.unlock();
        }
    }

    /** A Cleaner action that gives back a sample whose owner was never closed. */
    Runnable giveBackWhenUnreachable(Lease lease) {
        return () -> giveBack(lease);
    }

    private void endAll() {
        for (int slot = 0; slot < bySlot.length; slot++) {
            if (bySlot[slot] != null) {
                end(bySlot[slot]);
            }
        }
    }
}

package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Receives the event ids notifiers send. Each wait returns the distinct ids that arrived since
 * the last one (iceoryx2 merges repeats of an id). Thread-safe; waits of several threads on one
 * listener take turns.
 */
public final class Listener implements AutoCloseable {

    /** A blocking wait sleeps in slices this long, so close() and interrupts get through. */
    private static final long BLOCKING_SLICE_NANOS = Duration.ofMillis(100).toNanos();
    private static final long[] NONE = new long[0];

    private final EventService service;
    private final NativeResource resource;
    private final Cleaner.Cleanable cleanable;
    private final long capacity;
    private final MemorySegment ids;
    private final MemorySegment countOut;
    /** Detaches this listener from the waitsets it is attached to; runs before its drop. */
    private final List<Runnable> detachers = new ArrayList<>();

    Listener(EventService service, MemorySegment handle, long capacity) {
        this.service = service;
        this.resource = new NativeResource("listener of \"" + service.name() + "\"", handle, Native.LISTENER_DROP);
        this.cleanable = resource.cleanWhenUnreachable(this);
        // Not a method reference to this object: the Cleaner's action must not reach it.
        List<Runnable> detach = detachers;
        resource.beforeDrop(() -> detachAll(detach));
        this.capacity = capacity;
        Arena scratch = Arena.ofAuto();
        this.ids = scratch.allocate(JAVA_LONG, capacity);
        this.countOut = scratch.allocate(JAVA_LONG);
    }

    public EventService service() {
        return service;
    }

    /** The event ids that arrived, without waiting; empty if none. */
    public long[] tryWait() {
        return waitNanos(0);
    }

    /** The event ids that arrive within {@code timeout}; empty if none did. */
    public long[] timedWait(Duration timeout) {
        long nanos = timeout.toNanos();
        if (nanos <= 0) {
            return tryWait();
        }
        return waitNanos(nanos);
    }

    /**
     * Waits until events arrive and returns their ids.
     *
     * @throws IllegalStateException if the listener is closed meanwhile
     * @throws IoxException if the thread is interrupted (the interrupt flag stays set)
     */
    public long[] blockingWait() {
        while (true) {
            long[] received = waitNanos(BLOCKING_SLICE_NANOS);
            if (received.length > 0) {
                return received;
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new IoxException("interrupted while waiting for events on " + service.name());
            }
        }
    }

    /**
     * Waits until events arrive, as {@link #blockingWait()}, but allocates nothing: copies the
     * ids into {@code into} (as many as fit; the rest are dropped) and returns how many arrived.
     * For loops that must not allocate per message.
     */
    public int blockingWait(long[] into) {
        while (true) {
            int count = waitNanos(BLOCKING_SLICE_NANOS, into);
            if (count > 0) {
                return count;
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new IoxException("interrupted while waiting for events on " + service.name());
            }
        }
    }

    private long[] waitNanos(long nanos) {
        int count = waitNanos(nanos, null);
        return count == 0 ? NONE : ids.asSlice(0, count * (long) Long.BYTES).toArray(JAVA_LONG);
    }

    /** Waits; copies the ids that fit into {@code into} (if not null; the rest stay in {@code ids}); returns the count. */
    private int waitNanos(long nanos, long[] into) {
        MemorySegment handle = resource.lock();
        try {
            Native.check((int) Native.LISTENER_WAIT.invokeExact(handle, nanos, ids, capacity, countOut));
            int count = (int) countOut.get(JAVA_LONG, 0);
            if (into != null) {
                MemorySegment.copy(ids, JAVA_LONG, 0, into, 0, Math.min(count, into.length));
            }
            return count;
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            resource.unlock();
        }
    }

    /** Locks the listener for attaching it to a waitset; pair with {@link #unlock()}. */
    MemorySegment lock() {
        return resource.lock();
    }

    void unlock() {
        resource.unlock();
    }

    /** Records how to detach this listener from a waitset, which must happen before its drop. */
    void attached(Runnable detacher) {
        synchronized (detachers) {
            detachers.add(detacher);
        }
    }

    void detached(Runnable detacher) {
        synchronized (detachers) {
            detachers.remove(detacher);
        }
    }

    private static void detachAll(List<Runnable> detachers) {
        List<Runnable> current;
        synchronized (detachers) {
            current = List.copyOf(detachers);
        }
        current.forEach(Runnable::run);
    }

    /** Closes the listener, detaching it from every waitset first. */
    @Override
    public void close() {
        detachAll(detachers); // outside the listener's lock: detaching takes the waitset's
        cleanable.clean();
    }
}

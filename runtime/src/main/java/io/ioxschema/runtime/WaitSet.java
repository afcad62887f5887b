package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sleeps until one of several listeners has events, or a timeout passes: the way to wait for
 * data without spinning. The publishing side notifies an event service after each send (for
 * example one of the same name as the publish-subscribe service); the subscribing side attaches
 * a listener of it here, waits, collects the listener's events, and drains its subscriber.
 *
 * <pre>{@code
 * try (WaitSet waitSet = WaitSet.create(); WaitSet.Attachment data = waitSet.attach(listener)) {
 *     for (WaitSet.Attachment ready : waitSet.waitForEvents(Duration.ofSeconds(1))) {
 *         ready.listener().tryWait();                 // take the events, or the next wait returns at once
 *         for (Sample sample = subscriber.receive(); sample != null; sample = subscriber.receive()) {
 *             try (Sample taken = sample) { handle(taken.payload()); }
 *         }
 *     }
 * }
 * }</pre>
 *
 * iceoryx2's signal handling is off, as for {@link Node}. Thread-safe, but a wait holds the
 * waitset: attaching or detaching from another thread waits for it to return.
 */
public final class WaitSet implements AutoCloseable {

    /** An endless wait sleeps in slices this long, so close() and interrupts get through. */
    private static final long SLICE_NANOS = Duration.ofMillis(100).toNanos();

    private final NativeResource resource;
    private final Cleaner.Cleanable cleanable;
    /** Guarded by the resource's lock. */
    private final Map<Long, Attachment> attachments = new HashMap<>();
    /**
     * Indices detached from the listener's side (a listener closed while attached), to drop from
     * {@link #attachments} before the index is used again. Only numbers: the listener's Cleaner
     * action reaches this set, and must not reach the listener. Guarded by the resource's lock.
     */
    private final Set<Long> detachedByListeners = new HashSet<>();
    private MemorySegment indices;
    private final MemorySegment countOut;

    private WaitSet(MemorySegment handle) {
        this.resource = new NativeResource("waitset", handle, Native.WAITSET_DROP);
        this.cleanable = resource.cleanWhenUnreachable(this);
        Arena scratch = Arena.ofAuto();
        this.indices = scratch.allocate(JAVA_LONG, 8);
        this.countOut = scratch.allocate(JAVA_LONG);
    }

    public static WaitSet create() {
        Native.ensureLoaded();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(ADDRESS);
            Native.check((int) Native.WAITSET_CREATE.invokeExact(out));
            return new WaitSet(out.get(ADDRESS, 0));
        } catch (Throwable t) {
            throw Native.rethrow(t);
        }
    }

    /** Attaches a listener: waits return it when it has events. Close the attachment to detach. */
    public Attachment attach(Listener listener) {
        MemorySegment handle = resource.lock();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment listenerHandle = listener.lock();
            try {
                MemorySegment out = arena.allocate(JAVA_LONG);
                Native.check((int) Native.WAITSET_ATTACH_LISTENER.invokeExact(handle, listenerHandle, out));
                long index = out.get(JAVA_LONG, 0);
                forgetDetached();
                Attachment attachment = new Attachment(index, listener, new Detacher(resource, index, detachedByListeners));
                attachments.put(index, attachment);
                if (attachments.size() * Long.BYTES > indices.byteSize()) {
                    indices = Arena.ofAuto().allocate(JAVA_LONG, attachments.size() * 2L);
                }
                listener.attached(attachment.detacher);
                return attachment;
            } finally {
                listener.unlock();
            }
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            resource.unlock();
        }
    }

    /**
     * Sleeps until attached listeners have events or {@code timeout} passes; returns those
     * listeners' attachments (empty after the timeout). The events stay with the listeners:
     * take them with {@link Listener#tryWait()}, or the next wait returns at once.
     */
    public List<Attachment> waitForEvents(Duration timeout) {
        return waitNanos(Math.max(0, timeout.toNanos()));
    }

    /** Sleeps until attached listeners have events; returns their attachments. */
    public List<Attachment> waitForEvents() {
        while (true) {
            List<Attachment> ready = waitNanos(SLICE_NANOS);
            if (!ready.isEmpty()) {
                return ready;
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new IoxException("interrupted while waiting on a waitset");
            }
        }
    }

    private List<Attachment> waitNanos(long nanos) {
        MemorySegment handle = resource.lock();
        try {
            forgetDetached();
            if (attachments.isEmpty()) {
                throw new IllegalStateException("nothing is attached to the waitset: a wait would never end");
            }
            long capacity = indices.byteSize() / Long.BYTES;
            Native.check((int) Native.WAITSET_WAIT.invokeExact(handle, nanos, indices, capacity, countOut));
            long count = countOut.get(JAVA_LONG, 0);
            List<Attachment> ready = new ArrayList<>((int) count);
            for (long i = 0; i < count; i++) {
                Attachment attachment = attachments.get(indices.getAtIndex(JAVA_LONG, i));
                if (attachment != null) {
                    ready.add(attachment);
                }
            }
            return ready;
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            resource.unlock();
        }
    }

    private void forgetDetached() {
        detachedByListeners.forEach(attachments::remove);
        detachedByListeners.clear();
    }

    /** Closes the waitset, detaching everything. */
    @Override
    public void close() {
        try {
            resource.lock();
        } catch (IllegalStateException closed) {
            return;
        }
        try {
            for (Attachment attachment : List.copyOf(attachments.values())) {
                attachment.listener.detached(attachment.detacher);
            }
            attachments.clear();
        } finally {
            resource.unlock();
        }
        cleanable.clean(); // dropping the native waitset drops its attachments first
    }

    /** Detaches one listener; holds no reference to the waitset or listener objects (Cleaner). */
    private record Detacher(NativeResource waitSet, long index, Set<Long> detached) implements Runnable {
        @Override
        public void run() {
            MemorySegment handle;
            try {
                handle = waitSet.lock();
            } catch (IllegalStateException closed) {
                return; // the waitset's drop detached everything
            }
            try {
                // The status is not checked: a failure means it was detached already.
                int ignored = (int) Native.WAITSET_DETACH.invokeExact(handle, index);
                detached.add(index);
            } catch (Throwable t) {
                throw Native.rethrow(t);
            } finally {
                waitSet.unlock();
            }
        }
    }

    /** A listener attached to this waitset; close it to detach. */
    public final class Attachment implements AutoCloseable {

        private final long index;
        private final Listener listener;
        private final Detacher detacher;

        private Attachment(long index, Listener listener, Detacher detacher) {
            this.index = index;
            this.listener = listener;
            this.detacher = detacher;
        }

        public Listener listener() {
            return listener;
        }

        /** Detaches the listener; nothing if it is detached already. */
        @Override
        public void close() {
            MemorySegment handle;
            try {
                handle = resource.lock();
            } catch (IllegalStateException closed) {
                return;
            }
            try {
                if (attachments.remove(index) == null) {
                    return;
                }
                listener.detached(detacher);
                Native.check((int) Native.WAITSET_DETACH.invokeExact(handle, index));
            } catch (Throwable t) {
                throw Native.rethrow(t);
            } finally {
                resource.unlock();
            }
        }
    }
}

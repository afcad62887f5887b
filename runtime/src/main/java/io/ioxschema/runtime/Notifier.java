package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;

/** Wakes the listeners of an event service. Thread-safe. */
public final class Notifier implements AutoCloseable {

    private final EventService service;
    private final NativeResource resource;
    private final Cleaner.Cleanable cleanable;
    private final MemorySegment notifiedOut = Arena.ofAuto().allocate(JAVA_LONG);

    Notifier(EventService service, MemorySegment handle) {
        this.service = service;
        this.resource = new NativeResource("notifier of \"" + service.name() + "\"", handle, Native.NOTIFIER_DROP);
        this.cleanable = resource.cleanWhenUnreachable(this);
    }

    public EventService service() {
        return service;
    }

    /** Notifies every listener with this notifier's default event id; returns how many. */
    public long notifyListeners() {
        return notifyListeners(Native.UNSET);
    }

    /**
     * Notifies every listener with {@code eventId}; returns how many.
     *
     * @throws IllegalArgumentException if the id exceeds the service's event id max value
     */
    public long notifyListeners(long eventId) {
        MemorySegment handle = resource.lock();
        try {
            Native.check((int) Native.NOTIFIER_NOTIFY.invokeExact(handle, eventId, notifiedOut));
            return notifiedOut.get(JAVA_LONG, 0);
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            resource.unlock();
        }
    }

    @Override
    public void close() {
        cleanable.clean();
    }
}

package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.ADDRESS;

import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;

/** An event service: makes {@link Notifier}s and {@link Listener}s. */
public final class EventService implements AutoCloseable {

    private final Node node;
    private final String name;
    private final NativeResource resource;
    private final Cleaner.Cleanable cleanable;

    EventService(Node node, String name, MemorySegment handle) {
        this.node = node;
        this.name = name;
        this.resource = new NativeResource("event service \"" + name + "\"", handle, Native.EVENT_SERVICE_DROP);
        this.cleanable = resource.cleanWhenUnreachable(this);
    }

    public String name() {
        return name;
    }

    /** A notifier whose {@link Notifier#notifyListeners()} sends event id 0. */
    public Notifier notifier() {
        return notifier(Native.UNSET);
    }

    /** A notifier whose {@link Notifier#notifyListeners()} sends {@code defaultEventId}. */
    public Notifier notifier(long defaultEventId) {
        return new Notifier(this, resource.call((handle, arena) -> {
            MemorySegment out = arena.allocate(ADDRESS);
            Native.check((int) Native.NOTIFIER_CREATE.invokeExact(handle, defaultEventId, out));
            return out.get(ADDRESS, 0);
        }));
    }

    public Listener listener() {
        long capacity = settings().eventIdMaxValue() + 1;
        return new Listener(this, resource.create(Native.LISTENER_CREATE), capacity);
    }

    public EventSettings settings() {
        long[] info = info();
        return new EventSettings(info[0], info[1], info[2], info[3]);
    }

    public long notifierCount() {
        return info()[4];
    }

    public long listenerCount() {
        return info()[5];
    }

    private long[] info() {
        return resource.values(Native.EVENT_SERVICE_INFO, 6);
    }

    Node node() {
        return node;
    }

    @Override
    public void close() {
        cleanable.clean();
    }

    @Override
    public String toString() {
        return "EventService[" + name + "]";
    }
}

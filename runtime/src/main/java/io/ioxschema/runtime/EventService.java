package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
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
        MemorySegment handle = resource.lock();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(ADDRESS);
            Native.check((int) Native.NOTIFIER_CREATE.invokeExact(handle, defaultEventId, out));
            return new Notifier(this, out.get(ADDRESS, 0));
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            resource.unlock();
        }
    }

    public Listener listener() {
        long capacity = settings().eventIdMaxValue() + 1;
        MemorySegment handle = resource.lock();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(ADDRESS);
            Native.check((int) Native.LISTENER_CREATE.invokeExact(handle, out));
            return new Listener(this, out.get(ADDRESS, 0), capacity);
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            resource.unlock();
        }
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
        MemorySegment handle = resource.lock();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(JAVA_LONG, 6);
            Native.check((int) Native.EVENT_SERVICE_INFO.invokeExact(handle, out));
            return out.toArray(JAVA_LONG);
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            resource.unlock();
        }
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

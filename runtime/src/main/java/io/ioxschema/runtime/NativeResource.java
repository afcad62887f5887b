package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.ref.Cleaner;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The native object behind one API object: its handle, the lock every call on it holds (the
 * native side is not reentrant per object, and the handle must not be dropped during a call),
 * and its drop, which runs once, from {@code close()} or from the {@link Cleaner} when the API
 * object was left unclosed. It must not refer to the API object, or the Cleaner never runs.
 */
final class NativeResource implements Runnable {

    /** The one Cleaner of the runtime: it drops what programs forget to close. */
    static final Cleaner CLEANER = Cleaner.create();

    private final String what;
    private final MethodHandle drop;
    private final ReentrantLock lock = new ReentrantLock();
    private MemorySegment handle;
    private Runnable beforeDrop = () -> { };

    NativeResource(String what, MemorySegment handle, MethodHandle drop) {
        this.what = what;
        this.handle = handle;
        this.drop = drop;
    }

    /** Registers the drop with the Cleaner for {@code owner}; returns what {@code close()} calls. */
    Cleaner.Cleanable cleanWhenUnreachable(Object owner) {
        return CLEANER.register(owner, this);
    }

    /** Runs before the native drop, under the lock (e.g. making samples inaccessible). */
    void beforeDrop(Runnable action) {
        this.beforeDrop = action;
    }

    /** Locks the object and returns its handle; throws if it is closed. Pair with {@link #unlock}. */
    MemorySegment lock() {
        lock.lock();
        if (handle == null) {
            lock.unlock();
            throw new IllegalStateException("the " + what + " is closed");
        }
        return handle;
    }

    void unlock() {
        lock.unlock();
    }

    /** A downcall on the locked object: its handle, and an arena for the call's arguments and results. */
    @FunctionalInterface
    interface Call<T> {
        T on(MemorySegment handle, Arena arena) throws Throwable;
    }

    /**
     * Runs {@code call} under the lock, with a confined arena that closes after it; what it
     * throws comes out as a runtime exception. For set-up and queries: it allocates per call.
     */
    <T> T call(Call<T> call) {
        MemorySegment locked = lock();
        try (Arena arena = Arena.ofConfined()) {
            return call.on(locked, arena);
        } catch (Throwable t) {
            throw Native.rethrow(t);
        } finally {
            unlock();
        }
    }

    /** Creates a native object from this one: {@code int create(handle, out handle)}; returns its handle. */
    MemorySegment create(MethodHandle create) {
        return call((locked, arena) -> {
            MemorySegment out = arena.allocate(ADDRESS);
            Native.check((int) create.invokeExact(locked, out));
            return out.get(ADDRESS, 0);
        });
    }

    /** The {@code count} values {@code int info(handle, out values)} writes. */
    long[] values(MethodHandle info, int count) {
        return call((locked, arena) -> {
            MemorySegment out = arena.allocate(JAVA_LONG, count);
            Native.check((int) info.invokeExact(locked, out));
            return out.toArray(JAVA_LONG);
        });
    }

    boolean isOpen() {
        lock.lock();
        try {
            return handle != null;
        } finally {
            lock.unlock();
        }
    }

    String what() {
        return what;
    }

    /** Drops the native object, once. */
    @Override
    public void run() {
        lock.lock();
        try {
            if (handle == null) {
                return;
            }
            beforeDrop.run();
            MemorySegment dropped = handle;
            handle = null;
            try {
                drop.invokeExact(dropped);
            } catch (Throwable t) {
                throw Native.rethrow(t);
            }
        } finally {
            lock.unlock();
        }
    }
}

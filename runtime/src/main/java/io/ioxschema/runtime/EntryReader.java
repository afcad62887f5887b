package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;

/** Reads one entry of a blackboard. Thread-safe. */
public final class EntryReader implements AutoCloseable {

    private final TypeDetails type;
    private final NativeResource resource;
    private final Cleaner.Cleanable cleanable;
    /** The value and its generation, copied here first: the caller's segment may be on the heap. */
    private final MemorySegment buffer;
    private final MemorySegment generation;

    EntryReader(String service, TypeDetails type, MemorySegment handle) {
        this.type = type;
        this.resource = new NativeResource("entry reader of \"" + service + "\"", handle, Native.BLACKBOARD_ENTRY_READER_DROP);
        this.cleanable = resource.cleanWhenUnreachable(this);
        Arena arena = Arena.ofAuto();
        this.buffer = arena.allocate(type.size(), type.alignment());
        this.generation = arena.allocate(JAVA_LONG);
    }

    /**
     * Copies the entry's current value into {@code into} (exactly the value type's size) and
     * returns its generation, which changes with every update (to tell a new value from the
     * last one read).
     */
    public long get(MemorySegment into) {
        Copies.require("value", into, type.size());
        MemorySegment handle = resource.lock();
        try {
            Native.check((int) Native.BLACKBOARD_ENTRY_GET.invokeExact(handle, buffer, generation));
            into.copyFrom(buffer);
            return generation.get(JAVA_LONG, 0);
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

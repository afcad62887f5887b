package io.ioxschema.runtime;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;

/** Writes one entry of a blackboard. Thread-safe. */
public final class EntryWriter implements AutoCloseable {

    private final TypeDetails type;
    private final NativeResource resource;
    private final Cleaner.Cleanable cleanable;
    /** The value, copied here first: the caller's segment may be on the heap. Used under the lock. */
    private final MemorySegment buffer;

    EntryWriter(String service, TypeDetails type, MemorySegment handle) {
        this.type = type;
        this.resource = new NativeResource("entry writer of \"" + service + "\"", handle, Native.BLACKBOARD_ENTRY_WRITER_DROP);
        this.cleanable = resource.cleanWhenUnreachable(this);
        this.buffer = Arena.ofAuto().allocate(type.size(), type.alignment());
    }

    /** Replaces the entry's value with a copy of {@code value} (exactly the value type's size). */
    public void update(MemorySegment value) {
        Copies.require("value", value, type.size());
        MemorySegment handle = resource.lock();
        try {
            buffer.copyFrom(value);
            Native.check((int) Native.BLACKBOARD_ENTRY_UPDATE.invokeExact(handle, buffer));
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

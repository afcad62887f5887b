package io.ioxschema.runtime;

import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;

/** A blackboard: makes its {@link BlackboardWriter} (one per blackboard) and {@link BlackboardReader}s. */
public final class BlackboardService implements AutoCloseable {

    private final String name;
    private final TypeDetails keyType;
    private final NativeResource resource;
    private final Cleaner.Cleanable cleanable;

    BlackboardService(String name, TypeDetails keyType, MemorySegment handle) {
        this.name = name;
        this.keyType = keyType;
        this.resource = new NativeResource("blackboard \"" + name + "\"", handle, Native.BLACKBOARD_SERVICE_DROP);
        this.cleanable = resource.cleanWhenUnreachable(this);
    }

    public String name() {
        return name;
    }

    public TypeDetails keyType() {
        return keyType;
    }

    /** The blackboard's writer; there is one at a time. Thread-safe. */
    public BlackboardWriter writer() {
        return new BlackboardWriter(this, resource.create(Native.BLACKBOARD_WRITER_CREATE));
    }

    /** A reader. Thread-safe. */
    public BlackboardReader reader() {
        return new BlackboardReader(this, resource.create(Native.BLACKBOARD_READER_CREATE));
    }

    @Override
    public void close() {
        cleanable.clean();
    }

    @Override
    public String toString() {
        return "BlackboardService[" + name + ", key " + keyType + "]";
    }
}

package io.ioxschema.runtime;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.Objects;

/** AddRequest {a: i64, b: i64} in the shape iox-schema generates; see {@link SensorView}. */
public final class AddRequestView {
    public static final String TYPE_NAME = "AddRequest";
    public static final long SIZE = 16;
    public static final StructLayout LAYOUT = MemoryLayout.structLayout(
            ValueLayout.JAVA_LONG.withName("a"),
            ValueLayout.JAVA_LONG.withName("b")).withName("AddRequest");

    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private MemorySegment segment;
    private long offset;

    public AddRequestView wrap(MemorySegment segment, long offset) {
        Objects.checkFromIndexSize(offset, SIZE, segment.byteSize());
        this.segment = segment;
        this.offset = offset;
        return this;
    }

    public long a() {
        return segment.get(LONG, offset);
    }

    public AddRequestView a(long value) {
        segment.set(LONG, offset, value);
        return this;
    }

    public long b() {
        return segment.get(LONG, offset + 8);
    }

    public AddRequestView b(long value) {
        segment.set(LONG, offset + 8, value);
        return this;
    }
}

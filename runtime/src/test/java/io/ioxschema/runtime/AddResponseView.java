package io.ioxschema.runtime;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.Objects;

/** AddResponse {sum: i64} in the shape iox-schema generates; see {@link SensorView}. */
public final class AddResponseView {
    public static final String TYPE_NAME = "AddResponse";
    public static final long SIZE = 8;
    public static final StructLayout LAYOUT = MemoryLayout.structLayout(ValueLayout.JAVA_LONG.withName("sum")).withName("AddResponse");

    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private MemorySegment segment;
    private long offset;

    public AddResponseView wrap(MemorySegment segment, long offset) {
        Objects.checkFromIndexSize(offset, SIZE, segment.byteSize());
        this.segment = segment;
        this.offset = offset;
        return this;
    }

    public long sum() {
        return segment.get(LONG, offset);
    }

    public AddResponseView sum(long value) {
        segment.set(LONG, offset, value);
        return this;
    }
}

package io.ioxschema.runtime;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.Objects;

/** CustomHeader in the shape iox-schema generates; see {@link SensorView}. */
public final class HeaderView {
    public static final String TYPE_NAME = "CustomHeader";
    public static final long SIZE = 16;
    public static final StructLayout LAYOUT = MemoryLayout.structLayout(
            ValueLayout.JAVA_LONG.withName("sequence"),
            ValueLayout.JAVA_INT.withName("version"),
            ValueLayout.JAVA_INT.withName("_reserved")).withName("CustomHeader");

    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private MemorySegment segment;
    private long offset;

    public HeaderView wrap(MemorySegment segment, long offset) {
        Objects.checkFromIndexSize(offset, SIZE, segment.byteSize());
        this.segment = segment;
        this.offset = offset;
        return this;
    }

    public long sequence() {
        return segment.get(LONG, offset);
    }

    public HeaderView sequence(long value) {
        segment.set(LONG, offset, value);
        return this;
    }
}

package io.ioxschema.runtime;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * A view in the shape iox-schema generates (TYPE_NAME, LAYOUT, wrap, getters and fluent setters),
 * for SensorData's first fields: the runtime's tests use it without depending on the compiler.
 * The conformance tests use the real generated classes.
 */
public final class SensorView {
    public static final String TYPE_NAME = "SensorData";
    public static final long SIZE = 56;
    public static final StructLayout LAYOUT = MemoryLayout.structLayout(
            ValueLayout.JAVA_LONG.withName("timestamp_ns"),
            ValueLayout.JAVA_DOUBLE.withName("temperature"),
            MemoryLayout.paddingLayout(40)).withName("SensorData");

    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private MemorySegment segment;
    private long offset;

    public SensorView wrap(MemorySegment segment, long offset) {
        Objects.checkFromIndexSize(offset, SIZE, segment.byteSize());
        this.segment = segment;
        this.offset = offset;
        return this;
    }

    public long timestamp_ns() {
        return segment.get(LONG, offset);
    }

    public SensorView timestamp_ns(long value) {
        segment.set(LONG, offset, value);
        return this;
    }

    public double temperature() {
        return segment.get(DOUBLE, offset + 8);
    }

    public SensorView temperature(double value) {
        segment.set(DOUBLE, offset + 8, value);
        return this;
    }
}

package io.ioxschema.bench.accessors;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * The baseline: SensorData read and written by hand with the FFM API, each field a
 * {@code ValueLayout} at a constant offset from {@code base}, nothing else. What a careful
 * user writes without a generator; the generated view should cost about the same.
 */
final class HandSensorData {
    static final long SIZE = 56;
    static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    static final long TIMESTAMP_NS = 0;
    static final long TEMPERATURE = 8;
    static final long PRESSURE = 16;
    static final long HUMIDITY = 24;
    static final long STATUS = 28;
    static final long SENSOR_ID = 32;
    static final long RESERVED = 48;

    private HandSensorData() {
    }

    static long timestampNs(MemorySegment s, long base) {
        return s.get(LONG, base + TIMESTAMP_NS);
    }

    static void timestampNs(MemorySegment s, long base, long value) {
        s.set(LONG, base + TIMESTAMP_NS, value);
    }

    static double temperature(MemorySegment s, long base) {
        return s.get(DOUBLE, base + TEMPERATURE);
    }

    static void temperature(MemorySegment s, long base, double value) {
        s.set(DOUBLE, base + TEMPERATURE, value);
    }

    static double pressure(MemorySegment s, long base) {
        return s.get(DOUBLE, base + PRESSURE);
    }

    static void pressure(MemorySegment s, long base, double value) {
        s.set(DOUBLE, base + PRESSURE, value);
    }

    static float humidity(MemorySegment s, long base) {
        return s.get(FLOAT, base + HUMIDITY);
    }

    static void humidity(MemorySegment s, long base, float value) {
        s.set(FLOAT, base + HUMIDITY, value);
    }

    static long status(MemorySegment s, long base) {
        return Integer.toUnsignedLong(s.get(INT, base + STATUS));
    }

    static void status(MemorySegment s, long base, long value) {
        s.set(INT, base + STATUS, (int) value);
    }

    static void sensorId(MemorySegment s, long base, byte[] from) {
        MemorySegment.copy(from, 0, s, ValueLayout.JAVA_BYTE, base + SENSOR_ID, 16);
    }

    static void sensorIdInto(MemorySegment s, long base, byte[] into) {
        MemorySegment.copy(s, ValueLayout.JAVA_BYTE, base + SENSOR_ID, into, 0, 16);
    }

    static void reserved(MemorySegment s, long base, byte[] from) {
        MemorySegment.copy(from, 0, s, ValueLayout.JAVA_BYTE, base + RESERVED, 8);
    }

    static void reservedInto(MemorySegment s, long base, byte[] into) {
        MemorySegment.copy(s, ValueLayout.JAVA_BYTE, base + RESERVED, into, 0, 8);
    }
}

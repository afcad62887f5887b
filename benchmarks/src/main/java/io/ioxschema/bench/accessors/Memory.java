package io.ioxschema.bench.accessors;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import sbe.sensor.SensorDataDecoder;
import sbe.sensor.SensorDataEncoder;
import sensor.SensorData;

/**
 * {@link #COUNT} SensorData values in one native segment (8-aligned, as in shared memory),
 * seen through every access style over the same bytes: the generated view, the hand-written
 * FFM code, a direct little-endian {@code ByteBuffer}, and SBE's flyweights over an Agrona
 * {@code UnsafeBuffer}. Single-struct benchmarks use the first value, loops all of them.
 */
@State(Scope.Thread)
public class Memory {
    /** Values in the loop benchmarks: 56 KiB, well inside L2, so loops measure code, not memory. */
    public static final int COUNT = 1024;
    static final int SIZE = (int) SensorData.SIZE;

    Arena arena;
    MemorySegment segment;
    ByteBuffer buffer;
    UnsafeBuffer sbeBuffer;
    SensorData view;
    SensorDataEncoder encoder;
    SensorDataDecoder decoder;

    /** Inputs read from fields, so the JIT cannot fold them into constants. */
    long timestamp = 1_700_000_000_000_000_000L;
    double temperature = 21.5;
    double pressure = 101_325.0;
    float humidity = 0.45f;
    long status = 5;
    final byte[] sensorId = "sensor-0001\0\0\0\0\0".getBytes(StandardCharsets.US_ASCII);
    final byte[] reserved = new byte[8];
    final byte[] scratchId = new byte[16];
    final byte[] scratchReserved = new byte[8];

    @Setup(Level.Trial)
    public void allocate() {
        arena = Arena.ofShared();
        segment = arena.allocate((long) SIZE * COUNT, 64);
        buffer = segment.asByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        sbeBuffer = new UnsafeBuffer(segment.address(), SIZE * COUNT);
        view = new SensorData().wrap(segment);
        encoder = new SensorDataEncoder().wrap(sbeBuffer, 0);
        decoder = new SensorDataDecoder().wrap(sbeBuffer, 0, SIZE, 0);
        for (int i = 0; i < COUNT; i++) {
            HandSensorData.timestampNs(segment, (long) i * SIZE, timestamp + i);
            HandSensorData.temperature(segment, (long) i * SIZE, temperature + i);
        }
    }

    @TearDown(Level.Trial)
    public void free() {
        arena.close();
    }
}

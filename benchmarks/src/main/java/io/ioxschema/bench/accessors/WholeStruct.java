package io.ioxschema.bench.accessors;

import org.openjdk.jmh.annotations.Benchmark;
import sbe.sensor.SensorDataDecoder;
import sbe.sensor.SensorDataEncoder;
import sensor.IoxU8Array16;
import sensor.IoxU8Array8;
import sensor.SensorData;

/**
 * Every field of one struct: fill writes all seven (the 16-byte id from a {@code byte[]}),
 * read reads all seven (the id into a {@code byte[]}) and returns a sum so nothing is dead.
 * Each style uses its own idiom: bulk copies where it has them, element loops where not.
 */
public class WholeStruct extends AccessorBenchmark {

    @Benchmark
    public void fillGenerated(Memory m) {
        SensorData v = m.view.timestamp_ns(m.timestamp).temperature(m.temperature).pressure(m.pressure)
                .humidity(m.humidity).status(m.status);
        v.sensor_id().setBytes(m.sensorId, 0);
        v._reserved().setBytes(m.reserved, 0);
    }

    /** The element-by-element way, each element range-checked: what arrays of wider types need. */
    @Benchmark
    public void fillGeneratedElementwise(Memory m) {
        SensorData v = m.view.timestamp_ns(m.timestamp).temperature(m.temperature).pressure(m.pressure)
                .humidity(m.humidity).status(m.status);
        IoxU8Array16 id = v.sensor_id();
        for (int i = 0; i < IoxU8Array16.LENGTH; i++) {
            id.set(i, Byte.toUnsignedInt(m.sensorId[i]));
        }
        IoxU8Array8 reserved = v._reserved();
        for (int i = 0; i < IoxU8Array8.LENGTH; i++) {
            reserved.set(i, Byte.toUnsignedInt(m.reserved[i]));
        }
    }

    @Benchmark
    public void fillHandFfm(Memory m) {
        HandSensorData.timestampNs(m.segment, 0, m.timestamp);
        HandSensorData.temperature(m.segment, 0, m.temperature);
        HandSensorData.pressure(m.segment, 0, m.pressure);
        HandSensorData.humidity(m.segment, 0, m.humidity);
        HandSensorData.status(m.segment, 0, m.status);
        HandSensorData.sensorId(m.segment, 0, m.sensorId);
        HandSensorData.reserved(m.segment, 0, m.reserved);
    }

    @Benchmark
    public void fillByteBuffer(Memory m) {
        m.buffer.putLong(0, m.timestamp).putDouble(8, m.temperature).putDouble(16, m.pressure)
                .putFloat(24, m.humidity).putInt(28, (int) m.status)
                .put(32, m.sensorId, 0, 16).put(48, m.reserved, 0, 8);
    }

    @Benchmark
    public void fillSbe(Memory m) {
        SensorDataEncoder e = m.encoder;
        e.timestampNs(m.timestamp).temperature(m.temperature).pressure(m.pressure).humidity(m.humidity)
                .status(m.status).putSensorId(m.sensorId, 0, 16).putReserved(m.reserved, 0, 8);
    }

    @Benchmark
    public double readGenerated(Memory m) {
        SensorData v = m.view;
        double sum = v.timestamp_ns() + v.temperature() + v.pressure() + v.humidity() + v.status();
        v.sensor_id().getBytes(m.scratchId, 0);
        v._reserved().getBytes(m.scratchReserved, 0);
        return sum + m.scratchId[1] + m.scratchReserved[1];
    }

    @Benchmark
    public double readGeneratedElementwise(Memory m) {
        SensorData v = m.view;
        double sum = v.timestamp_ns() + v.temperature() + v.pressure() + v.humidity() + v.status();
        IoxU8Array16 id = v.sensor_id();
        for (int i = 0; i < IoxU8Array16.LENGTH; i++) {
            m.scratchId[i] = (byte) id.get(i);
        }
        IoxU8Array8 reserved = v._reserved();
        for (int i = 0; i < IoxU8Array8.LENGTH; i++) {
            m.scratchReserved[i] = (byte) reserved.get(i);
        }
        return sum + m.scratchId[1] + m.scratchReserved[1];
    }

    @Benchmark
    public double readHandFfm(Memory m) {
        double sum = HandSensorData.timestampNs(m.segment, 0) + HandSensorData.temperature(m.segment, 0)
                + HandSensorData.pressure(m.segment, 0) + HandSensorData.humidity(m.segment, 0)
                + HandSensorData.status(m.segment, 0);
        HandSensorData.sensorIdInto(m.segment, 0, m.scratchId);
        HandSensorData.reservedInto(m.segment, 0, m.scratchReserved);
        return sum + m.scratchId[1] + m.scratchReserved[1];
    }

    @Benchmark
    public double readByteBuffer(Memory m) {
        double sum = m.buffer.getLong(0) + m.buffer.getDouble(8) + m.buffer.getDouble(16) + m.buffer.getFloat(24)
                + Integer.toUnsignedLong(m.buffer.getInt(28));
        m.buffer.get(32, m.scratchId, 0, 16).get(48, m.scratchReserved, 0, 8);
        return sum + m.scratchId[1] + m.scratchReserved[1];
    }

    @Benchmark
    public double readSbe(Memory m) {
        SensorDataDecoder d = m.decoder;
        double sum = d.timestampNs() + d.temperature() + d.pressure() + d.humidity() + d.status();
        d.getSensorId(m.scratchId, 0, 16);
        d.getReserved(m.scratchReserved, 0, 8);
        return sum + m.scratchId[1] + m.scratchReserved[1];
    }
}

package io.ioxschema.bench.accessors;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import sbe.sensor.SensorDataDecoder;
import sbe.sensor.SensorDataEncoder;
import sensor.SensorData;

/**
 * One field of each of {@link Memory#COUNT} consecutive structs: sum the temperatures, or
 * write one into each. Reported per struct, so it compares with {@link SingleField}. The
 * flyweights are re-pointed at each struct, as a reader walking a batch would; the generated
 * class's static accessors ({@code GeneratedStatic}) need no flyweight.
 */
@OperationsPerInvocation(Memory.COUNT)
public class Loop extends AccessorBenchmark {

    @Benchmark
    public double sumGenerated(Memory m) {
        SensorData v = m.view;
        double sum = 0;
        for (int i = 0; i < Memory.COUNT; i++) {
            sum += v.wrap(m.segment, (long) i * Memory.SIZE).temperature();
        }
        v.wrap(m.segment);
        return sum;
    }

    /** The generated static accessor: no view, nothing stored per struct. */
    @Benchmark
    public double sumGeneratedStatic(Memory m) {
        double sum = 0;
        for (int i = 0; i < Memory.COUNT; i++) {
            sum += SensorData.temperature(m.segment, (long) i * Memory.SIZE);
        }
        return sum;
    }

    @Benchmark
    public double sumHandFfm(Memory m) {
        double sum = 0;
        for (int i = 0; i < Memory.COUNT; i++) {
            sum += HandSensorData.temperature(m.segment, (long) i * Memory.SIZE);
        }
        return sum;
    }

    @Benchmark
    public double sumByteBuffer(Memory m) {
        double sum = 0;
        for (int i = 0; i < Memory.COUNT; i++) {
            sum += m.buffer.getDouble(i * Memory.SIZE + 8);
        }
        return sum;
    }

    @Benchmark
    public double sumSbe(Memory m) {
        SensorDataDecoder d = m.decoder;
        double sum = 0;
        for (int i = 0; i < Memory.COUNT; i++) {
            sum += d.wrap(m.sbeBuffer, i * Memory.SIZE, Memory.SIZE, 0).temperature();
        }
        d.wrap(m.sbeBuffer, 0, Memory.SIZE, 0);
        return sum;
    }

    @Benchmark
    public void setGenerated(Memory m) {
        SensorData v = m.view;
        double t = m.temperature;
        for (int i = 0; i < Memory.COUNT; i++) {
            v.wrap(m.segment, (long) i * Memory.SIZE).temperature(t);
        }
        v.wrap(m.segment);
    }

    @Benchmark
    public void setGeneratedStatic(Memory m) {
        double t = m.temperature;
        for (int i = 0; i < Memory.COUNT; i++) {
            SensorData.temperature(m.segment, (long) i * Memory.SIZE, t);
        }
    }

    @Benchmark
    public void setHandFfm(Memory m) {
        double t = m.temperature;
        for (int i = 0; i < Memory.COUNT; i++) {
            HandSensorData.temperature(m.segment, (long) i * Memory.SIZE, t);
        }
    }

    @Benchmark
    public void setByteBuffer(Memory m) {
        double t = m.temperature;
        for (int i = 0; i < Memory.COUNT; i++) {
            m.buffer.putDouble(i * Memory.SIZE + 8, t);
        }
    }

    @Benchmark
    public void setSbe(Memory m) {
        SensorDataEncoder e = m.encoder;
        double t = m.temperature;
        for (int i = 0; i < Memory.COUNT; i++) {
            e.wrap(m.sbeBuffer, i * Memory.SIZE).temperature(t);
        }
        e.wrap(m.sbeBuffer, 0);
    }
}

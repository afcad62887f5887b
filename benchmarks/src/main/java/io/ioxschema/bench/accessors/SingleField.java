package io.ioxschema.bench.accessors;

import org.openjdk.jmh.annotations.Benchmark;

/** One field of one struct: read {@code temperature}, or write it. */
public class SingleField extends AccessorBenchmark {

    @Benchmark
    public double getGenerated(Memory m) {
        return m.view.temperature();
    }

    @Benchmark
    public double getHandFfm(Memory m) {
        return HandSensorData.temperature(m.segment, 0);
    }

    @Benchmark
    public double getByteBuffer(Memory m) {
        return m.buffer.getDouble(8);
    }

    @Benchmark
    public double getSbe(Memory m) {
        return m.decoder.temperature();
    }

    @Benchmark
    public void setGenerated(Memory m) {
        m.view.temperature(m.temperature);
    }

    @Benchmark
    public void setHandFfm(Memory m) {
        HandSensorData.temperature(m.segment, 0, m.temperature);
    }

    @Benchmark
    public void setByteBuffer(Memory m) {
        m.buffer.putDouble(8, m.temperature);
    }

    @Benchmark
    public void setSbe(Memory m) {
        m.encoder.temperature(m.temperature);
    }
}

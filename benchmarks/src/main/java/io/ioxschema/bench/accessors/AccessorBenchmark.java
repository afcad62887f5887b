package io.ioxschema.bench.accessors;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Settings every accessor benchmark shares: time per operation in nanoseconds, several forks
 * so JIT decisions of one JVM do not decide the result. Method names are
 * {@code <operation><Style>}; benchmarks/run-jmh divides each style by {@code HandFfm}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
// Agrona (under SBE's flyweights) reaches jdk.internal.misc.Unsafe, which JDK 22+ must export to it.
@Fork(value = 3, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED",
        "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED"})
public abstract class AccessorBenchmark {
}

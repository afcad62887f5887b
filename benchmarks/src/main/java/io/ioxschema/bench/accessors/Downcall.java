package io.ioxschema.bench.accessors;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of one FFM downcall, plain and with {@code Linker.Option.critical} (no thread
 * state transition: for short native functions that never block). libc's {@code labs} stands
 * in for the runtime's per-message calls (loan, send, receive, release) until the runtime
 * module lands; then its own functions join this class.
 */
@State(Scope.Thread)
public class Downcall extends AccessorBenchmark {

    private static final Linker LINKER = Linker.nativeLinker();
    private static final FunctionDescriptor LONG_TO_LONG = FunctionDescriptor.of(ValueLayout.JAVA_LONG,
            ValueLayout.JAVA_LONG);
    @SuppressWarnings("restricted") // benchmarks run with --enable-native-access
    private static final MethodHandle LABS = LINKER.downcallHandle(
            LINKER.defaultLookup().find("labs").orElseThrow(), LONG_TO_LONG);
    @SuppressWarnings("restricted")
    private static final MethodHandle LABS_CRITICAL = LINKER.downcallHandle(
            LINKER.defaultLookup().find("labs").orElseThrow(), LONG_TO_LONG, Linker.Option.critical(false));

    long value = -42;

    @Benchmark
    public long labsPlain() throws Throwable {
        return (long) LABS.invokeExact(value);
    }

    @Benchmark
    public long labsCritical() throws Throwable {
        return (long) LABS_CRITICAL.invokeExact(value);
    }

    /** For scale: the same work in Java, no downcall. */
    @Benchmark
    public long labsJava() {
        return Math.abs(value);
    }
}

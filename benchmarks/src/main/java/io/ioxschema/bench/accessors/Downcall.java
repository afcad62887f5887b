package io.ioxschema.bench.accessors;

import io.ioxschema.runtime.LoanedSample;
import io.ioxschema.runtime.Sample;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of FFM downcalls, plain and with {@code Linker.Option.critical} (no thread state
 * transition: for short native functions that never block): libc's {@code labs} for the bare
 * call, then the runtime's own per-message functions on a real publisher and subscriber of
 * 8-byte slices ({@link RuntimePorts}), in one process:
 *
 * <ul>
 *   <li>{@code publish}: loan and send, two calls (a subscriber-less service: the sample goes
 *       straight back);
 *   <li>{@code roundTrip}: loan, send, receive, release: four calls per message;
 *   <li>{@code roundTripFused}: what the runtime does in a stream of messages, two calls: a
 *       send that loans the next sample ahead, a receive that releases the sample before;
 *   <li>{@code receiveEmpty}: a receive that finds nothing, a busy-waiting receiver's poll;
 *   <li>{@code roundTripFusedApi}: the same through the public API (loanSliceUninit,
 *       send, receive, close), which links the calls critical where they cannot block.
 * </ul>
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

    @Benchmark
    public long roundTripPlain(RuntimePorts p) throws Throwable {
        return roundTrip(p, RuntimePorts.LOAN_PLAIN, RuntimePorts.SEND_PLAIN, RuntimePorts.RECEIVE_PLAIN,
                RuntimePorts.RELEASE_PLAIN);
    }

    @Benchmark
    public long roundTripCritical(RuntimePorts p) throws Throwable {
        return roundTrip(p, RuntimePorts.LOAN_CRITICAL, RuntimePorts.SEND_CRITICAL, RuntimePorts.RECEIVE_CRITICAL,
                RuntimePorts.RELEASE_CRITICAL);
    }

    private static long roundTrip(RuntimePorts p, MethodHandle loan, MethodHandle send, MethodHandle receive,
                                  MethodHandle release) throws Throwable {
        RuntimePorts.check((int) loan.invokeExact(p.publisherHandle, RuntimePorts.UNSET, RuntimePorts.LENGTH, 0, p.outAddress));
        RuntimePorts.check((int) send.invokeExact(p.publisherHandle, p.slot(), RuntimePorts.UNSET, 0, p.outAddress));
        RuntimePorts.check((int) receive.invokeExact(p.subscriberHandle, RuntimePorts.UNSET, p.outAddress));
        long slot = p.slot();
        RuntimePorts.check((int) release.invokeExact(p.subscriberHandle, slot));
        return slot;
    }

    @Benchmark
    public long roundTripFusedPlain(FusedPorts p) throws Throwable {
        return p.roundTrip(RuntimePorts.SEND_PLAIN, RuntimePorts.RECEIVE_PLAIN);
    }

    @Benchmark
    public long roundTripFusedCritical(FusedPorts p) throws Throwable {
        return p.roundTrip(RuntimePorts.SEND_CRITICAL, RuntimePorts.RECEIVE_CRITICAL);
    }

    @Benchmark
    public long publishPlain(PublisherOnly p) throws Throwable {
        return p.publish(RuntimePorts.LOAN_PLAIN, RuntimePorts.SEND_PLAIN);
    }

    @Benchmark
    public long publishCritical(PublisherOnly p) throws Throwable {
        return p.publish(RuntimePorts.LOAN_CRITICAL, RuntimePorts.SEND_CRITICAL);
    }

    @Benchmark
    public long receiveEmptyPlain(RuntimePorts p) throws Throwable {
        RuntimePorts.check((int) RuntimePorts.RECEIVE_PLAIN.invokeExact(p.subscriberHandle, RuntimePorts.UNSET, p.outAddress));
        return p.slot();
    }

    @Benchmark
    public long receiveEmptyCritical(RuntimePorts p) throws Throwable {
        RuntimePorts.check((int) RuntimePorts.RECEIVE_CRITICAL.invokeExact(p.subscriberHandle, RuntimePorts.UNSET,
                p.outAddress));
        return p.slot();
    }

    @Benchmark
    public long roundTripFusedApi(RuntimePorts p) {
        LoanedSample loaned = p.publisher.loanSliceUninit(RuntimePorts.LENGTH);
        loaned.send();
        try (Sample sample = p.subscriber.receive()) {
            return sample.payloadAddress();
        }
    }

    /**
     * Ports in the state of a stream of messages: a sample loaned ahead, a received one waiting
     * for release; each round trip sends (loaning the next ahead) and receives (releasing the
     * one before).
     */
    @State(Scope.Thread)
    public static class FusedPorts extends RuntimePorts {
        private long aheadSlot;
        private long releaseSlot = UNSET;

        @Override
        void prepare() throws Throwable {
            check((int) LOAN_CRITICAL.invokeExact(publisherHandle, UNSET, LENGTH, 0, outAddress));
            aheadSlot = slot();
        }

        long roundTrip(MethodHandle send, MethodHandle receive) throws Throwable {
            check((int) send.invokeExact(publisherHandle, aheadSlot, LENGTH, 0, outAddress));
            aheadSlot = slot();
            check((int) receive.invokeExact(subscriberHandle, releaseSlot, outAddress));
            releaseSlot = slot();
            return releaseSlot;
        }
    }

    /** A publisher whose service has no subscriber. */
    @State(Scope.Thread)
    public static class PublisherOnly extends RuntimePorts {
        @Override
        void prepare() {
            subscriber.close();
            subscriber = null;
        }

        long publish(MethodHandle loan, MethodHandle send) throws Throwable {
            check((int) loan.invokeExact(publisherHandle, UNSET, LENGTH, 0, outAddress));
            check((int) send.invokeExact(publisherHandle, slot(), UNSET, 0, outAddress));
            return out.getAtIndex(ValueLayout.JAVA_LONG, 3);
        }
    }
}

package io.ioxschema.bench.accessors;

import io.ioxschema.runtime.Node;
import io.ioxschema.runtime.PrimitiveTypes;
import io.ioxschema.runtime.PublishSubscribeService;
import io.ioxschema.runtime.Publisher;
import io.ioxschema.runtime.Subscriber;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.UUID;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A publisher and a subscriber of the runtime on one service of 8-byte {@code u8} slices (the
 * ping-pong's smallest message), for the {@link Downcall} benchmarks: through the public API,
 * and as the native handles the runtime's per-message functions take, which
 * {@link Downcall} calls through handles of its own, linked plain and critical. The handles
 * and the library's symbols are the runtime's internals, reached by reflection: this couples
 * the benchmark to the runtime's code (and its ABI) on purpose, to measure exactly its calls.
 */
@State(Scope.Thread)
public class RuntimePorts {

    static final long LENGTH = 8;
    static final long UNSET = -1;

    Node node;
    PublishSubscribeService service;
    Publisher publisher;
    Subscriber subscriber;
    /** For the raw calls: the ports' native handles and an out-parameter buffer of 4 values. */
    long publisherHandle;
    long subscriberHandle;
    MemorySegment out;
    long outAddress;

    // The runtime's per-message functions (runtime/native/src/pubsub.rs), plain and critical.
    static final MethodHandle LOAN_PLAIN;
    static final MethodHandle LOAN_CRITICAL;
    static final MethodHandle SEND_PLAIN;
    static final MethodHandle SEND_CRITICAL;
    static final MethodHandle RECEIVE_PLAIN;
    static final MethodHandle RECEIVE_CRITICAL;
    static final MethodHandle RELEASE_PLAIN;
    static final MethodHandle RELEASE_CRITICAL;

    static {
        SymbolLookup library = runtimeLibrary();
        FunctionDescriptor loan = status(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG,
                ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG);
        FunctionDescriptor send = status(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG,
                ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG);
        FunctionDescriptor receive = status(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);
        FunctionDescriptor release = status(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG);
        LOAN_PLAIN = link(library, "iox_publisher_loan", loan, false);
        LOAN_CRITICAL = link(library, "iox_publisher_loan", loan, true);
        SEND_PLAIN = link(library, "iox_publisher_send", send, false);
        SEND_CRITICAL = link(library, "iox_publisher_send", send, true);
        RECEIVE_PLAIN = link(library, "iox_subscriber_receive", receive, false);
        RECEIVE_CRITICAL = link(library, "iox_subscriber_receive", receive, true);
        RELEASE_PLAIN = link(library, "iox_subscriber_release", release, false);
        RELEASE_CRITICAL = link(library, "iox_subscriber_release", release, true);
    }

    @Setup(Level.Trial)
    public void setUp() throws Throwable {
        open();
        prepare();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (subscriber != null) {
            subscriber.close();
        }
        publisher.close();
        service.close();
        node.close();
    }

    /** What a kind of benchmark needs beyond the open ports. */
    void prepare() throws Throwable {
    }

    private void open() throws ReflectiveOperationException {
        node = Node.builder().name("downcall-benchmark").create();
        service = node.service("iox-schema-bench/downcall/" + UUID.randomUUID()).publishSubscribeSlice(PrimitiveTypes.U8)
                .create();
        publisher = service.publisherBuilder().initialMaxSliceLength(LENGTH).create();
        subscriber = service.subscriber();
        publisherHandle = handle(publisher);
        subscriberHandle = handle(subscriber);
        out = Arena.ofAuto().allocate(ValueLayout.JAVA_LONG, 4);
        outAddress = out.address();
    }

    long slot() {
        return out.getAtIndex(ValueLayout.JAVA_LONG, 0);
    }

    static void check(int status) {
        if (status != 0) {
            throw new IllegalStateException("native call failed with status " + status);
        }
    }

    private static FunctionDescriptor status(ValueLayout... arguments) {
        return FunctionDescriptor.of(ValueLayout.JAVA_INT, arguments);
    }

    @SuppressWarnings("restricted") // benchmarks run with --enable-native-access
    private static MethodHandle link(SymbolLookup library, String name, FunctionDescriptor descriptor, boolean critical) {
        MemorySegment symbol = library.find(name).orElseThrow(() -> new IllegalStateException("no " + name));
        return critical ? Linker.nativeLinker().downcallHandle(symbol, descriptor, Linker.Option.critical(false))
                : Linker.nativeLinker().downcallHandle(symbol, descriptor);
    }

    /** The library the runtime loaded (io.ioxschema.runtime.NativeLibrary.lookup()). */
    private static SymbolLookup runtimeLibrary() {
        try {
            Method lookup = Class.forName("io.ioxschema.runtime.NativeLibrary").getDeclaredMethod("lookup");
            lookup.setAccessible(true);
            return (SymbolLookup) lookup.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the runtime's internals changed; update RuntimePorts", e);
        }
    }

    /** The native handle of a publisher or subscriber (its {@code port.handle}). */
    private static long handle(Object port) throws ReflectiveOperationException {
        Field portField = port.getClass().getDeclaredField("port");
        portField.setAccessible(true);
        Object native_ = portField.get(port);
        Field handle = native_.getClass().getDeclaredField("handle");
        handle.setAccessible(true);
        return handle.getLong(native_);
    }
}

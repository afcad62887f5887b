package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An iceoryx2 node: a process's entry point to services. Create one per process (or per
 * component), open services through {@link #service(String)}, and close it last.
 *
 * <pre>{@code
 * try (Node node = Node.builder().name("sensor-publisher").create();
 *      PublishSubscribeService service = node.service("sensor/data")
 *              .publishSubscribe(new TypeDetails("SensorData", 56, 8)).openOrCreate();
 *      Publisher publisher = service.publisher()) {
 *     try (LoanedSample sample = publisher.loan()) {
 *         sample.payload().set(ValueLayout.JAVA_LONG, 0, System.nanoTime());
 *         sample.send();
 *     }
 * }
 * }</pre>
 *
 * iceoryx2's signal handling is off: the JVM keeps its own handlers for SIGINT and SIGTERM.
 */
public final class Node implements AutoCloseable {

    private final String name;
    private final NativeResource resource;
    private final Cleaner.Cleanable cleanable;

    private Node(String name, MemorySegment handle) {
        this.name = name;
        this.resource = new NativeResource("node", handle, Native.NODE_DROP);
        this.cleanable = resource.cleanWhenUnreachable(this);
    }

    /** A node with no name and iceoryx2's global config. */
    public static Node create() {
        return builder().create();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The node's name; empty when it has none. */
    public String name() {
        return name;
    }

    /** The start of opening or creating the service of this name, in any messaging pattern. */
    public ServiceBuilder service(String serviceName) {
        return new ServiceBuilder(this, Objects.requireNonNull(serviceName, "serviceName"));
    }

    /**
     * Removes the resources that nodes of dead processes (ended without closing, e.g. by
     * SIGKILL) left behind, and removes those nodes from their services, so that their ports
     * no longer count against the services' limits.
     */
    public CleanupResult cleanupDeadNodes() {
        long[] counts = twoCounts(Native.NODE_CLEANUP_DEAD_NODES);
        return new CleanupResult(counts[0], counts[1]);
    }

    /** The number of nodes of dead processes whose resources are still there. */
    public long deadNodeCount() {
        return twoCounts(Native.NODE_COUNT_NODES)[1];
    }

    /** The number of nodes of live processes, this one included. */
    public long aliveNodeCount() {
        return twoCounts(Native.NODE_COUNT_NODES)[0];
    }

    private long[] twoCounts(java.lang.invoke.MethodHandle function) {
        return resource.call((handle, arena) -> {
            MemorySegment first = arena.allocate(JAVA_LONG);
            MemorySegment second = arena.allocate(JAVA_LONG);
            Native.check((int) function.invokeExact(handle, first, second));
            return new long[] {first.get(JAVA_LONG, 0), second.get(JAVA_LONG, 0)};
        });
    }

    /** Runs a call that opens or creates a service under the node's lock (see {@link NativeResource#call}). */
    <T> T call(NativeResource.Call<T> call) {
        return resource.call(call);
    }

    /** Closes the node. Services and ports opened through it stay usable until they are closed. */
    @Override
    public void close() {
        cleanable.clean();
    }

    @Override
    public String toString() {
        return "Node[" + (name.isEmpty() ? "unnamed" : name) + (resource.isOpen() ? "" : ", closed") + "]";
    }

    /** What {@link #cleanupDeadNodes()} did: nodes cleaned, and nodes that could not be. */
    public record CleanupResult(long cleaned, long failed) {
    }

    /** Builds a {@link Node}: an optional name and iceoryx2 config file. */
    public static final class Builder {

        private String name = "";
        private Path configFile;

        private Builder() {
        }

        /** The node's name, shown by iceoryx2's tools; need not be unique. */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /** An iceoryx2 config file (TOML) instead of the global config. */
        public Builder configFile(Path configFile) {
            this.configFile = Objects.requireNonNull(configFile, "configFile");
            return this;
        }

        public Node create() {
            Native.ensureLoaded();
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment nameText = Native.utf8(arena, name);
                MemorySegment configText = Native.utf8(arena, configFile == null ? "" : configFile.toString());
                MemorySegment out = arena.allocate(ADDRESS);
                Native.check((int) Native.NODE_CREATE.invokeExact(nameText, nameText.byteSize(), configText,
                        configText.byteSize(), out));
                return new Node(name, out.get(ADDRESS, 0));
            } catch (Throwable t) {
                throw Native.rethrow(t);
            }
        }
    }
}

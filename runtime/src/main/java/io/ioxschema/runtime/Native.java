package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;

/**
 * The downcalls into the native library (runtime/native), one static final handle each so the
 * JIT can inline them, and thin wrappers that turn a failed status into an exception. Every
 * function returns a status (0: success); {@link #check} reads the failure's message, which the
 * library keeps per thread. Calls that are short and never block are linked
 * {@link Linker.Option#critical critical}, which skips the thread-state transition.
 *
 * <p>Loading, the ABI version check and iceoryx2's log set-up happen in {@link NativeLibrary};
 * callers make sure it succeeded before touching this class ({@link Node} does).
 */
final class Native {

    /** "Not set" for optional counts and ids, as the library reads it. */
    static final long UNSET = -1L;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBRARY = NativeLibrary.lookup();
    private static final Linker.Option CRITICAL = Linker.Option.critical(false);

    private static final MethodHandle LAST_ERROR = function("iox_last_error_message",
            FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG));

    static final MethodHandle NODE_CREATE = function("iox_node_create",
            status(ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS));
    static final MethodHandle NODE_DROP = function("iox_node_drop", FunctionDescriptor.ofVoid(ADDRESS));
    static final MethodHandle NODE_CLEANUP_DEAD_NODES = function("iox_node_cleanup_dead_nodes", status(ADDRESS, ADDRESS, ADDRESS));
    static final MethodHandle NODE_COUNT_NODES = function("iox_node_count_nodes", status(ADDRESS, ADDRESS, ADDRESS));

    static final MethodHandle PUBSUB_SERVICE = function("iox_pubsub_service", status(ADDRESS, JAVA_INT,
            ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG,
            ADDRESS, ADDRESS));
    static final MethodHandle PUBSUB_SERVICE_DROP = function("iox_pubsub_service_drop", FunctionDescriptor.ofVoid(ADDRESS));
    static final MethodHandle PUBSUB_SERVICE_INFO = function("iox_pubsub_service_info", status(ADDRESS, ADDRESS));

    // Ports: handles and out-parameters are passed as plain addresses (JAVA_LONG), which costs a
    // downcall nothing, where a MemorySegment argument of a shared or automatic arena is
    // acquired and released on every call. The out-parameter buffers are allocated once per port.
    static final MethodHandle PUBLISHER_CREATE = function("iox_publisher_create",
            status(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    static final MethodHandle PUBLISHER_DROP = function("iox_publisher_drop", FunctionDescriptor.ofVoid(JAVA_LONG));
    static final MethodHandle PUBLISHER_LOAN = function("iox_publisher_loan",
            status(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_LONG), CRITICAL);
    // With safe overflow or the discard-data strategy a send never waits, so it may be critical;
    // otherwise it may wait for a slow subscriber (retry until delivered), which a critical call
    // must never do: it holds off every safepoint of the JVM meanwhile, so a subscriber thread of
    // the same JVM stopped at one would never take the sample.
    static final MethodHandle PUBLISHER_SEND = function("iox_publisher_send",
            status(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_LONG));
    static final MethodHandle PUBLISHER_SEND_CRITICAL = function("iox_publisher_send",
            status(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_LONG), CRITICAL);
    static final MethodHandle PUBLISHER_DISCARD = function("iox_publisher_discard", status(JAVA_LONG, JAVA_LONG), CRITICAL);

    static final MethodHandle SUBSCRIBER_CREATE = function("iox_subscriber_create",
            status(ADDRESS, JAVA_LONG, ADDRESS, ADDRESS));
    static final MethodHandle SUBSCRIBER_DROP = function("iox_subscriber_drop", FunctionDescriptor.ofVoid(JAVA_LONG));
    static final MethodHandle SUBSCRIBER_RECEIVE = function("iox_subscriber_receive",
            status(JAVA_LONG, JAVA_LONG, JAVA_LONG), CRITICAL);
    static final MethodHandle SUBSCRIBER_RELEASE = function("iox_subscriber_release", status(JAVA_LONG, JAVA_LONG), CRITICAL);

    static final MethodHandle REQUEST_RESPONSE_SERVICE = function("iox_request_response_service", status(ADDRESS, JAVA_INT,
            ADDRESS, JAVA_LONG, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    static final MethodHandle REQUEST_RESPONSE_SERVICE_DROP = function("iox_request_response_service_drop",
            FunctionDescriptor.ofVoid(ADDRESS));
    static final MethodHandle REQUEST_RESPONSE_SERVICE_INFO = function("iox_request_response_service_info", status(ADDRESS, ADDRESS));
    // Clients and servers as publishers and subscribers: plain addresses, critical calls except
    // for sends that may wait (no safe overflow in their direction).
    static final MethodHandle CLIENT_CREATE = function("iox_client_create", status(ADDRESS, ADDRESS, ADDRESS));
    static final MethodHandle CLIENT_DROP = function("iox_client_drop", FunctionDescriptor.ofVoid(JAVA_LONG));
    static final MethodHandle CLIENT_LOAN = function("iox_client_loan", status(JAVA_LONG, JAVA_INT, JAVA_LONG), CRITICAL);
    static final MethodHandle CLIENT_SEND = function("iox_client_send", status(JAVA_LONG, JAVA_LONG, JAVA_LONG));
    static final MethodHandle CLIENT_SEND_CRITICAL = function("iox_client_send", status(JAVA_LONG, JAVA_LONG, JAVA_LONG),
            CRITICAL);
    static final MethodHandle CLIENT_DISCARD = function("iox_client_discard", status(JAVA_LONG, JAVA_LONG), CRITICAL);
    static final MethodHandle CLIENT_RECEIVE = function("iox_client_receive", status(JAVA_LONG, JAVA_LONG, JAVA_LONG), CRITICAL);
    static final MethodHandle CLIENT_RELEASE_RESPONSE = function("iox_client_release_response", status(JAVA_LONG, JAVA_LONG),
            CRITICAL);
    static final MethodHandle CLIENT_CONNECTED = function("iox_client_connected", status(JAVA_LONG, JAVA_LONG, JAVA_LONG),
            CRITICAL);
    static final MethodHandle CLIENT_RELEASE_PENDING = function("iox_client_release_pending", status(JAVA_LONG, JAVA_LONG),
            CRITICAL);
    static final MethodHandle SERVER_CREATE = function("iox_server_create", status(ADDRESS, ADDRESS, ADDRESS));
    static final MethodHandle SERVER_DROP = function("iox_server_drop", FunctionDescriptor.ofVoid(JAVA_LONG));
    static final MethodHandle SERVER_RECEIVE = function("iox_server_receive", status(JAVA_LONG, JAVA_LONG), CRITICAL);
    static final MethodHandle SERVER_RELEASE_REQUEST = function("iox_server_release_request", status(JAVA_LONG, JAVA_LONG),
            CRITICAL);
    static final MethodHandle SERVER_LOAN = function("iox_server_loan", status(JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_LONG),
            CRITICAL);
    static final MethodHandle SERVER_SEND = function("iox_server_send", status(JAVA_LONG, JAVA_LONG));
    static final MethodHandle SERVER_SEND_CRITICAL = function("iox_server_send", status(JAVA_LONG, JAVA_LONG), CRITICAL);
    static final MethodHandle SERVER_DISCARD = function("iox_server_discard", status(JAVA_LONG, JAVA_LONG), CRITICAL);

    static final MethodHandle BLACKBOARD_CREATOR = function("iox_blackboard_creator", status(ADDRESS, ADDRESS, JAVA_LONG,
            ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG, ADDRESS, ADDRESS));
    static final MethodHandle BLACKBOARD_CREATOR_ADD = function("iox_blackboard_creator_add", status(ADDRESS, ADDRESS,
            ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG, ADDRESS));
    static final MethodHandle BLACKBOARD_CREATE = function("iox_blackboard_create", status(ADDRESS, ADDRESS));
    static final MethodHandle BLACKBOARD_CREATOR_DROP = function("iox_blackboard_creator_drop", FunctionDescriptor.ofVoid(ADDRESS));
    static final MethodHandle BLACKBOARD_OPEN = function("iox_blackboard_open", status(ADDRESS, ADDRESS, JAVA_LONG,
            ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG, ADDRESS, ADDRESS));
    static final MethodHandle BLACKBOARD_SERVICE_DROP = function("iox_blackboard_service_drop", FunctionDescriptor.ofVoid(ADDRESS));
    static final MethodHandle BLACKBOARD_WRITER_CREATE = function("iox_blackboard_writer_create", status(ADDRESS, ADDRESS));
    static final MethodHandle BLACKBOARD_WRITER_DROP = function("iox_blackboard_writer_drop", FunctionDescriptor.ofVoid(ADDRESS));
    static final MethodHandle BLACKBOARD_READER_CREATE = function("iox_blackboard_reader_create", status(ADDRESS, ADDRESS));
    static final MethodHandle BLACKBOARD_READER_DROP = function("iox_blackboard_reader_drop", FunctionDescriptor.ofVoid(ADDRESS));
    static final MethodHandle BLACKBOARD_WRITER_ENTRY = function("iox_blackboard_writer_entry", status(ADDRESS, ADDRESS,
            ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG, ADDRESS));
    static final MethodHandle BLACKBOARD_ENTRY_UPDATE = function("iox_blackboard_entry_update", status(ADDRESS, ADDRESS));
    static final MethodHandle BLACKBOARD_ENTRY_WRITER_DROP = function("iox_blackboard_entry_writer_drop",
            FunctionDescriptor.ofVoid(ADDRESS));
    static final MethodHandle BLACKBOARD_READER_ENTRY = function("iox_blackboard_reader_entry", status(ADDRESS, ADDRESS,
            ADDRESS, JAVA_LONG, JAVA_LONG, JAVA_LONG, ADDRESS));
    static final MethodHandle BLACKBOARD_ENTRY_GET = function("iox_blackboard_entry_get", status(ADDRESS, ADDRESS, ADDRESS));
    static final MethodHandle BLACKBOARD_ENTRY_READER_DROP = function("iox_blackboard_entry_reader_drop",
            FunctionDescriptor.ofVoid(ADDRESS));

    static final MethodHandle EVENT_SERVICE = function("iox_event_service",
            status(ADDRESS, JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS, ADDRESS));
    static final MethodHandle EVENT_SERVICE_DROP = function("iox_event_service_drop", FunctionDescriptor.ofVoid(ADDRESS));
    static final MethodHandle EVENT_SERVICE_INFO = function("iox_event_service_info", status(ADDRESS, ADDRESS));
    static final MethodHandle NOTIFIER_CREATE = function("iox_notifier_create", status(ADDRESS, JAVA_LONG, ADDRESS));
    static final MethodHandle NOTIFIER_DROP = function("iox_notifier_drop", FunctionDescriptor.ofVoid(ADDRESS));
    static final MethodHandle NOTIFIER_NOTIFY = function("iox_notifier_notify", status(ADDRESS, JAVA_LONG, ADDRESS));
    static final MethodHandle LISTENER_CREATE = function("iox_listener_create", status(ADDRESS, ADDRESS));
    static final MethodHandle LISTENER_DROP = function("iox_listener_drop", FunctionDescriptor.ofVoid(ADDRESS));
    static final MethodHandle LISTENER_WAIT = function("iox_listener_wait",
            status(ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS));

    static final MethodHandle WAITSET_CREATE = function("iox_waitset_create", status(ADDRESS));
    static final MethodHandle WAITSET_DROP = function("iox_waitset_drop", FunctionDescriptor.ofVoid(ADDRESS));
    static final MethodHandle WAITSET_ATTACH_LISTENER = function("iox_waitset_attach_listener", status(ADDRESS, ADDRESS, ADDRESS));
    static final MethodHandle WAITSET_DETACH = function("iox_waitset_detach", status(ADDRESS, JAVA_LONG));
    static final MethodHandle WAITSET_WAIT = function("iox_waitset_wait", status(ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG, ADDRESS));

    private Native() {
    }

    /** Makes sure the library is loaded and initialised; throws an {@link IoxException} if not. */
    static void ensureLoaded() {
        NativeLibrary.lookup();
    }

    private static FunctionDescriptor status(java.lang.foreign.MemoryLayout... arguments) {
        return FunctionDescriptor.of(JAVA_INT, arguments);
    }

    private static MethodHandle function(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        MemorySegment symbol = LIBRARY.find(name).orElseThrow(() -> new IoxException(
                "the native library has no function " + name + ": the jar and the library do not belong together"));
        return LINKER.downcallHandle(symbol, descriptor, options);
    }

    /** Throws the exception for a failed status, with the library's message for it. */
    static void check(int status) {
        if (status != 0) {
            throw failure(status);
        }
    }

    /** The exception for a failed status, with the library's message for it. */
    static RuntimeException failure(int status) {
        return Errors.of(status, lastErrorMessage());
    }

    private static String lastErrorMessage() {
        try (Arena arena = Arena.ofConfined()) {
            long capacity = 4096;
            while (true) {
                MemorySegment buffer = arena.allocate(capacity);
                long length = (long) LAST_ERROR.invokeExact(buffer, capacity);
                if (length <= capacity) {
                    return new String(buffer.asSlice(0, length).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE),
                            StandardCharsets.UTF_8);
                }
                capacity = length;
            }
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Wraps what a downcall threw (it declares Throwable) without hiding runtime exceptions. */
    static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException e) {
            return e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IoxException("native call failed: " + t, t);
    }

    /** A UTF-8 string in `arena`, without terminator; its length is {@code byteSize()}. */
    static MemorySegment utf8(Arena arena, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            return MemorySegment.NULL;
        }
        return arena.allocateFrom(java.lang.foreign.ValueLayout.JAVA_BYTE, bytes);
    }
}

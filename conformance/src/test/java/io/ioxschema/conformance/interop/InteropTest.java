package io.ioxschema.conformance.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import common.CustomHeader;
import io.ioxschema.runtime.BlackboardReader;
import io.ioxschema.runtime.BlackboardService;
import io.ioxschema.runtime.BlackboardWriter;
import io.ioxschema.runtime.EntryReader;
import io.ioxschema.runtime.EntryWriter;
import io.ioxschema.runtime.IncompatibleTypesException;
import io.ioxschema.runtime.Node;
import io.ioxschema.runtime.PrimitiveTypes;
import io.ioxschema.runtime.PublishSubscribeService;
import io.ioxschema.runtime.Sample;
import io.ioxschema.runtime.TypeDetails;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import sensor.SensorData;

/**
 * The Java runtime against real peers, each its own OS process: Python (the iceoryx2 wheel and
 * the generated ctypes bindings), Rust (the iceoryx2 crate and the generated Rust bindings) and
 * another JVM. Payloads are the sample schema's SensorData and Telemetry (nested struct, arrays,
 * enum, flags, string, vec, u128) with the CustomHeader user header; every field of every
 * message is checked on the receiving side. The test side creates the services, the peer opens
 * them; subscribers sleep on a waitset or listener until the publisher's notifier wakes them.
 * A blackboard is shared with a Rust peer too.
 */
class InteropTest {

    static final int COUNT = 5;
    static final Duration STEP = Duration.ofSeconds(60);

    @TempDir
    static Path root;

    static SensorMessages messages;
    static Peers peers;
    static Node node;

    @BeforeAll
    static void setUp() {
        messages = SensorMessages.load();
        peers = new Peers(root, messages);
        node = Node.builder().name("interop-test").create();
    }

    @AfterAll
    static void tearDown() {
        node.close();
    }

    static String serviceName(String what) {
        return "iox-schema-interop/" + ProcessHandle.current().pid() + "/" + what + "/" + UUID.randomUUID();
    }

    PeerProcess start(String language, String role, String kind, String service, int count) {
        return PeerProcess.start(peers.command(language, role, kind, service, count), root);
    }

    @ParameterizedTest(name = "java -> {0}, {1}")
    @CsvSource({"python, sensor", "python, telemetry", "rust, sensor", "rust, telemetry", "java, sensor", "java, telemetry"})
    void javaPublishesToAPeer(String language, String kind) {
        String name = serviceName("java-to-" + language);
        try (JavaRoles.Services services = JavaRoles.create(node, messages, kind, name);
             JavaRoles.Sender sender = new JavaRoles.Sender(services);
             PeerProcess peer = start(language, "subscribe", kind, name, COUNT)) {
            peer.awaitLine("ready", STEP);
            sender.send(messages, kind, 0, COUNT);
            assertEquals("ok " + COUNT, peer.awaitLine("ok", STEP), peer.describe());
            peer.assertSucceeds(STEP);
        }
    }

    @ParameterizedTest(name = "{0} -> java, {1}")
    @CsvSource({"python, sensor", "python, telemetry", "rust, sensor", "rust, telemetry", "java, sensor", "java, telemetry"})
    void aPeerPublishesToJava(String language, String kind) {
        String name = serviceName(language + "-to-java");
        try (JavaRoles.Services services = JavaRoles.create(node, messages, kind, name);
             JavaRoles.Receiver receiver = new JavaRoles.Receiver(services);
             PeerProcess peer = start(language, "publish", kind, name, COUNT)) {
            List<String> problems = receiver.receive(messages, kind, COUNT, STEP);
            peer.closeInput();
            peer.assertSucceeds(STEP);
            assertEquals(List.of(), problems, peer.describe());
        }
    }

    /**
     * A blackboard Java creates with {@code u64} keys (the name and size Rust gives {@code u64}):
     * the Rust peer reads the SensorData Java wrote into entry 1 and writes one into entry 2,
     * which Java reads back; every field is checked on both sides.
     */
    @Test
    void aRustPeerReadsAndWritesAJavaBlackboard() {
        String name = serviceName("blackboard");
        MemorySegment zero = MemorySegment.ofArray(new byte[(int) SensorData.SIZE]);
        try (Arena arena = Arena.ofConfined();
             BlackboardService board = node.service(name).blackboard(PrimitiveTypes.U64)
                     .entry(key(1), SensorData.class, zero).entry(key(2), SensorData.class, zero).create()) {
            SensorData value = SensorData.allocate(arena);
            SensorMessages.writeSensor(value, 5);
            try (BlackboardWriter writer = board.writer(); EntryWriter entry = writer.entry(key(1), SensorData.class)) {
                entry.update(value.segment());
            }
            try (PeerProcess peer = start("rust", "blackboard", "sensor", name, 5)) {
                assertEquals("ok 5", peer.awaitLine("ok", STEP), peer.describe());
                peer.assertSucceeds(STEP);
            }
            try (BlackboardReader reader = board.reader(); EntryReader entry = reader.entry(key(2), SensorData.class)) {
                entry.get(value.segment());
                assertEquals(List.of(), messages.checkSensor(value, 6));
            }
        }
    }

    private static MemorySegment key(long key) {
        return MemorySegment.ofArray(new long[] {key});
    }

    @Test
    void aTypeMismatchWithAnotherProcesssServiceNamesBothSides() {
        String name = serviceName("mismatch");
        try (PeerProcess peer = start("rust", "create-and-hold", "sensor", name, 0)) {
            peer.awaitLine("ready", STEP);
            TypeDetails header = TypeDetails.of(CustomHeader.class);
            IncompatibleTypesException resized = assertThrows(IncompatibleTypesException.class, () -> node.service(name)
                    .publishSubscribe(new TypeDetails("SensorData", 48, 8)).userHeader(header).open());
            assertTrue(resized.getMessage().contains("payload SensorData (size 56, alignment 8)")
                    && resized.getMessage().contains("payload SensorData (size 48, alignment 8)"), resized.getMessage());
            IncompatibleTypesException renamed = assertThrows(IncompatibleTypesException.class, () -> node.service(name)
                    .publishSubscribe(new TypeDetails("Telemetry", 56, 8)).userHeader(header).open());
            assertTrue(renamed.getMessage().contains("payload SensorData (size 56, alignment 8)")
                    && renamed.getMessage().contains("payload Telemetry (size 56, alignment 8)"), renamed.getMessage());
            try (PublishSubscribeService matching = node.service(name)
                    .publishSubscribe(SensorData.class).userHeader(header).open()) {
                assertEquals(16, matching.settings().historySize(), "the Rust peer's settings");
            }
            peer.closeInput();
            peer.assertSucceeds(STEP);
        }
    }

    @ParameterizedTest(name = "a {0} subscriber")
    @ValueSource(strings = {"python", "rust"})
    void aSubscriberKilledWithSigkillLeavesThePublisherRunningAndIsCleanedUp(String language) {
        String name = serviceName("killed-subscriber");
        try (JavaRoles.Services services = JavaRoles.create(node, messages, "sensor", name);
             JavaRoles.Sender sender = new JavaRoles.Sender(services);
             PeerProcess peer = start(language, "hold", "sensor", name, 0)) {
            peer.awaitLine("ready", STEP);
            sender.send(messages, "sensor", 0, 1);
            peer.awaitLine("holding 0", STEP);
            assertEquals(1, services.data().subscriberCount());
            peer.kill();

            sender.send(messages, "sensor", 1, 40); // more than the dead subscriber's buffer holds
            assertTrue(node.deadNodeCount() >= 1, "the peer's node is dead");
            Node.CleanupResult cleanup = node.cleanupDeadNodes();
            assertTrue(cleanup.cleaned() >= 1, "cleaned up: " + cleanup);
            assertEquals(0, node.deadNodeCount());
            assertEquals(0, services.data().subscriberCount(), "the dead subscriber left the service");
            sender.send(messages, "sensor", 40, 41);
        }
    }

    @ParameterizedTest(name = "a {0} publisher")
    @ValueSource(strings = {"python", "rust"})
    void aPublisherKilledWithSigkillLeavesTheSubscriberRunningAndIsCleanedUp(String language) {
        String name = serviceName("killed-publisher");
        try (JavaRoles.Services services = JavaRoles.create(node, messages, "sensor", name);
             JavaRoles.Receiver receiver = new JavaRoles.Receiver(services);
             PeerProcess peer = start(language, "publish", "sensor", name, COUNT)) {
            peer.awaitLine("sent", STEP);
            List<Sample> held = new ArrayList<>();
            held.add(receiver.subscriber().receive());
            assertEquals(1, services.data().publisherCount());
            peer.kill();

            // The sample's memory stays mapped in this process: it reads as it was sent.
            assertEquals(List.of(), messages.check("sensor", held.getFirst(), 0));
            held.getFirst().close();
            for (Sample sample; (sample = receiver.subscriber().receive()) != null; ) {
                sample.close();
            }
            Node.CleanupResult cleanup = node.cleanupDeadNodes();
            assertTrue(cleanup.cleaned() >= 1, "cleaned up: " + cleanup);
            assertEquals(0, services.data().publisherCount(), "the dead publisher left the service");
            assertEquals(null, receiver.subscriber().receive());
        }
    }
}

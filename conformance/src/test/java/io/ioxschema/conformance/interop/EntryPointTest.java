package io.ioxschema.conformance.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import common.CustomHeader;
import io.ioxschema.runtime.Client;
import io.ioxschema.runtime.LoanedSample;
import io.ioxschema.runtime.Node;
import io.ioxschema.runtime.PublishSubscribeService;
import io.ioxschema.runtime.PendingResponse;
import io.ioxschema.runtime.Publisher;
import io.ioxschema.runtime.RequestResponseService;
import io.ioxschema.runtime.Sample;
import io.ioxschema.runtime.Subscriber;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sensor.AddRequest;
import sensor.AddResponse;
import sensor.CalcAddService;
import sensor.SensorData;
import sensor.SensorDataService;

/**
 * The service entry points iox-schema generates: Java ({@code SensorDataService}, from
 * {@code gen --java-services}), Python ({@code sensor_data_service(node)}) and Rust
 * ({@code sensor_data_service(&node)}) each open the schema's own service "sensor/data" with its
 * types and QoS, and exchange a message. The service name is the schema's, shared with anything
 * else on the machine that runs the sample, so each run marks its messages with a random
 * sequence number and the receivers skip other messages. And a Java client asks a Rust server
 * of the schema's request-response service "calc/add".
 */
class EntryPointTest {

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
        node = Node.builder().name("entry-point-test").create();
    }

    @AfterAll
    static void tearDown() {
        node.close();
    }

    static long sequence() {
        return ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
    }

    @Test
    void javaPublishesToPythonThroughTheGeneratedEntryPoints() throws InterruptedException {
        long sequence = sequence();
        try (PublishSubscribeService service = SensorDataService.openOrCreate(node);
             Publisher publisher = SensorDataService.publisher(service);
             PeerProcess peer = PeerProcess.start(peers.pythonEntryPeer(sequence), root)) {
            assertEquals(16, service.settings().historySize(), "the schema's QoS");
            peer.awaitLine("ready", STEP);
            long deadline = System.nanoTime() + STEP.toNanos();
            while (!peer.hasLine("ok") && System.nanoTime() < deadline && peer.isAlive()) {
                try (LoanedSample sample = publisher.loan()) {
                    SensorMessages.writeSensor(sample.payload(SensorData::new), 0);
                    sample.userHeader(CustomHeader::new).sequence(sequence).version(SensorMessages.HEADER_VERSION);
                    sample.send();
                }
                Thread.sleep(50);
            }
            assertEquals("ok", peer.awaitLine("ok", Duration.ofSeconds(1)), peer.describe());
            peer.assertSucceeds(STEP);
        }
    }

    @Test
    void javaAsksARustServerThroughTheGeneratedEntryPoints() {
        try (RequestResponseService service = CalcAddService.openOrCreate(node);
             Client client = service.client();
             PeerProcess peer = PeerProcess.start(peers.rustAddServer(3), root);
             Arena arena = Arena.ofConfined()) {
            peer.awaitLine("ready", STEP);
            for (int i = 0; i < 3; i++) {
                AddRequest request = AddRequest.allocate(arena).a(40 + i).b(2);
                try (PendingResponse pending = client.send(request.segment())) {
                    AddResponse response = AddResponse.allocate(arena);
                    assertTrue(pending.receive(response.segment(), STEP), "an answer" + peer.describe());
                    assertEquals(42 + i, response.sum());
                }
            }
            assertEquals("served 3", peer.awaitLine("served", STEP), peer.describe());
            peer.assertSucceeds(STEP);
        }
    }

    @Test
    void rustPublishesToJavaThroughTheGeneratedEntryPoints() {
        long sequence = sequence();
        try (PublishSubscribeService service = SensorDataService.openOrCreate(node);
             Subscriber subscriber = service.subscriber();
             PeerProcess peer = PeerProcess.start(peers.rustEntryPeer(sequence, 600), root)) {
            long deadline = System.nanoTime() + STEP.toNanos();
            List<String> problems = null;
            while (problems == null && System.nanoTime() < deadline) {
                try (Sample sample = subscriber.receive()) {
                    if (sample == null) {
                        Thread.onSpinWait();
                        continue;
                    }
                    if (sample.userHeader(CustomHeader::new).sequence() == sequence) {
                        problems = messages.checkSensor(sample.payload(SensorData::new), 0);
                    }
                }
            }
            assertTrue(problems != null, "no message from the Rust peer" + peer.describe());
            assertEquals(List.of(), problems, peer.describe());
        }
    }
}

package io.ioxschema.conformance.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import common.CustomHeader;
import io.ioxschema.runtime.ActiveRequest;
import io.ioxschema.runtime.Client;
import io.ioxschema.runtime.LoanedRequest;
import io.ioxschema.runtime.LoanedResponse;
import io.ioxschema.runtime.LoanedSample;
import io.ioxschema.runtime.Node;
import io.ioxschema.runtime.PendingResponse;
import io.ioxschema.runtime.PublishSubscribeService;
import io.ioxschema.runtime.Publisher;
import io.ioxschema.runtime.RequestResponseService;
import io.ioxschema.runtime.Response;
import io.ioxschema.runtime.Sample;
import io.ioxschema.runtime.Server;
import io.ioxschema.runtime.Subscriber;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
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
 * sequence number and the receivers skip other messages. And over the schema's request-response
 * service "calc/add", a Java client asks a Rust server (requests loaned and answers read in
 * place, then a copy each way) and a Java server answers a Rust client in place.
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
            for (int i = 0; i < 2; i++) {
                // Zero-copy: the request written where the server reads it, the answer read where the server wrote it.
                try (LoanedRequest request = client.loan()) {
                    request.payload(AddRequest::new).a(40 + i).b(2);
                    try (PendingResponse pending = request.send();
                         Response response = pending.receive(STEP)) {
                        assertNotNull(response, "an answer" + peer.describe());
                        assertEquals(42 + i, response.payload(AddResponse::new).sum());
                    }
                }
            }
            AddRequest request = AddRequest.allocate(arena).a(42).b(2);
            try (PendingResponse pending = client.send(request.segment())) {
                AddResponse response = AddResponse.allocate(arena);
                assertTrue(pending.receive(response.segment(), STEP), "an answer to the copy" + peer.describe());
                assertEquals(44, response.sum());
            }
            assertEquals("served 3", peer.awaitLine("served", STEP), peer.describe());
            peer.assertSucceeds(STEP);
        }
    }

    @Test
    void aJavaServerAnswersARustClientThroughTheGeneratedEntryPoints() {
        try (RequestResponseService service = CalcAddService.openOrCreate(node);
             Server server = service.server();
             PeerProcess peer = PeerProcess.start(peers.rustAddClient(3), root)) {
            long deadline = System.nanoTime() + STEP.toNanos();
            int served = 0;
            while (!peer.hasLine("ok") && peer.isAlive() && System.nanoTime() < deadline) {
                try (ActiveRequest request = server.receive()) {
                    if (request == null) {
                        LockSupport.parkNanos(1_000_000);
                        continue;
                    }
                    AddRequest add = request.payload(AddRequest::new); // read where the client wrote it
                    try (LoanedResponse response = request.loan()) {
                        response.payload(AddResponse::new).sum(add.a() + add.b());
                        response.send();
                    }
                    served++;
                }
            }
            assertEquals("ok 3", peer.awaitLine("ok", Duration.ofSeconds(1)), peer.describe());
            assertTrue(served >= 3, "served " + served + peer.describe());
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

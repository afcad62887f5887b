package io.ioxschema.conformance.interop;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ioxschema.conformance.python.PythonToolchain;
import io.ioxschema.runtime.IncompatibleTypesException;
import io.ioxschema.runtime.LoanedSample;
import io.ioxschema.runtime.Node;
import io.ioxschema.runtime.PrimitiveTypes;
import io.ioxschema.runtime.PublishSubscribeService;
import io.ioxschema.runtime.Publisher;
import io.ioxschema.runtime.Sample;
import io.ioxschema.runtime.Subscriber;
import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slice payloads across processes: the Java runtime's {@code publishSubscribeSlice(U8)} against
 * the iceoryx2 wheel's {@code Slice[c_uint8]} (slice_peer.py), both ways, messages of varying
 * lengths with every byte checked; and a Java value service against the peer's slice service.
 */
class SliceInteropTest {

    static final int COUNT = 20;
    static final Duration STEP = Duration.ofSeconds(60);

    @TempDir
    static Path root;

    static Path script;
    static Node node;

    @BeforeAll
    static void setUp() throws IOException {
        script = root.resolve("slice_peer.py");
        try (InputStream in = SliceInteropTest.class.getResourceAsStream("/io/ioxschema/conformance/interop/slice_peer.py")) {
            Files.write(script, in.readAllBytes());
        }
        node = Node.builder().name("slice-interop-test").create();
    }

    @AfterAll
    static void tearDown() {
        node.close();
    }

    /** Message i: i * 7 + 1 bytes, byte j (i + j) % 251, as slice_peer.py makes and checks them. */
    static byte[] content(int i) {
        byte[] bytes = new byte[i * 7 + 1];
        for (int j = 0; j < bytes.length; j++) {
            bytes[j] = (byte) ((i + j) % 251);
        }
        return bytes;
    }

    static PeerProcess peer(String role, String service, int count) {
        return PeerProcess.start(List.of(PythonToolchain.python(), "-W", "error", script.toString(), role, service,
                Integer.toString(count)), root);
    }

    static String serviceName(String what) {
        return "iox-schema-interop/" + ProcessHandle.current().pid() + "/" + what + "/" + UUID.randomUUID();
    }

    static PublishSubscribeService bytes(String name) {
        // A buffer for every message: the Python publisher sends them all before Java receives.
        return node.service(name).publishSubscribeSlice(PrimitiveTypes.U8).subscriberMaxBufferSize(COUNT).create();
    }

    @Test
    void javaSendsSlicesToPython() {
        String name = serviceName("slices-to-python");
        try (PublishSubscribeService service = bytes(name);
             Publisher publisher = service.publisherBuilder().initialMaxSliceLength(content(COUNT - 1).length).create();
             PeerProcess python = peer("subscribe", name, COUNT)) {
            python.awaitLine("ready", STEP);
            for (int i = 0; i < COUNT; i++) {
                byte[] content = content(i);
                try (LoanedSample sample = publisher.loanSliceUninit(content.length)) {
                    sample.payload().copyFrom(MemorySegment.ofArray(content));
                    assertEquals(1, sample.send(), "the Python subscriber is connected");
                }
            }
            assertEquals("ok " + COUNT, python.awaitLine("ok", STEP), python.describe());
            python.assertSucceeds(STEP);
        }
    }

    @Test
    void pythonSendsSlicesToJava() {
        String name = serviceName("slices-from-python");
        try (PublishSubscribeService service = bytes(name);
             Subscriber subscriber = service.subscriber();
             PeerProcess python = peer("publish", name, COUNT)) {
            python.awaitLine("sent", STEP);
            for (int i = 0; i < COUNT; i++) {
                try (Sample sample = subscriber.receive()) {
                    assertTrue(sample != null, "message " + i + " is there" + python.describe());
                    byte[] expected = content(i);
                    assertEquals(expected.length, sample.sliceLength(), "message " + i);
                    assertArrayEquals(expected, sample.payload().toArray(JAVA_BYTE), "message " + i);
                }
            }
            assertEquals(null, subscriber.receive());
            python.closeInput();
            python.assertSucceeds(STEP);
        }
    }

    @Test
    void aValueServiceAgainstPythonsSliceServiceNamesBothSides() {
        String name = serviceName("slice-mismatch");
        try (PeerProcess python = peer("create-and-hold", name, 0)) {
            python.awaitLine("ready", STEP);
            IncompatibleTypesException e = assertThrows(IncompatibleTypesException.class,
                    () -> node.service(name).publishSubscribe(PrimitiveTypes.U8).open());
            assertTrue(e.getMessage().contains("the service has payload a slice of u8 (element size 1, alignment 1)")
                    && e.getMessage().contains("this side asks for payload u8 (size 1, alignment 1)"), e.getMessage());
            try (PublishSubscribeService matching = node.service(name).publishSubscribeSlice(PrimitiveTypes.U8).open()) {
                assertTrue(matching.isSlice());
            }
            python.closeInput();
            python.assertSucceeds(STEP);
        }
    }
}

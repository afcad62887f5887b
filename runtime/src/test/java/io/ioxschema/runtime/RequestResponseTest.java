package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Request-response within one process, against the real iceoryx2: AddRequest {a, b} and AddResponse {sum}. */
class RequestResponseTest {

    static final TypeDetails ADD_REQUEST = new TypeDetails("AddRequest", 16, 8);
    static final TypeDetails ADD_RESPONSE = new TypeDetails("AddResponse", 8, 8);
    static final TypeDetails HEADER = new TypeDetails("CustomHeader", 16, 8);

    static Node node;

    @BeforeAll
    static void createNode() {
        node = Node.builder().name("request-response-test").create();
    }

    @AfterAll
    static void closeNode() {
        node.close();
    }

    static RequestResponseService addService(String name) {
        return node.service(name).requestResponse(ADD_REQUEST, ADD_RESPONSE).maxActiveRequestsPerClient(2)
                .maxResponseBufferSize(4).maxServers(1).maxClients(2).create();
    }

    static MemorySegment request(Arena arena, long a, long b) {
        MemorySegment request = arena.allocate(16);
        request.set(JAVA_LONG, 0, a);
        request.set(JAVA_LONG, 8, b);
        return request;
    }

    /** Answers every waiting request with the sum (twice when {@code twice}); returns how many. */
    static int serve(Server server, Arena arena, boolean twice) {
        int served = 0;
        MemorySegment request = arena.allocate(16);
        for (ActiveRequest active; (active = server.receive(request)) != null; served++) {
            try (ActiveRequest taken = active) {
                MemorySegment sum = arena.allocate(8);
                sum.set(JAVA_LONG, 0, request.get(JAVA_LONG, 0) + request.get(JAVA_LONG, 8));
                taken.respond(sum);
                if (twice) {
                    taken.respond(sum);
                }
            }
        }
        return served;
    }

    @Test
    void aServerAnswersAClientsRequest() {
        try (RequestResponseService service = addService(ServiceNames.unique("add"));
             Server server = service.server();
             Client client = service.client();
             Arena arena = Arena.ofConfined()) {
            try (PendingResponse pending = client.send(request(arena, 40, 2))) {
                MemorySegment response = arena.allocate(8);
                assertFalse(pending.receive(response), "no answer before the server ran");
                assertEquals(1, serve(server, arena, true));
                assertTrue(pending.receive(response));
                assertEquals(42, response.get(JAVA_LONG, 0));
                assertTrue(pending.receive(response), "a second answer of the stream");
                assertFalse(pending.receive(response));
                assertFalse(pending.isConnected(), "the server closed the request");
            }
            assertNull(server.receive(arena.allocate(16)));
        }
    }

    @Test
    void heapSegmentsAndHeadersTravelToo() {
        String name = ServiceNames.unique("headers");
        try (RequestResponseService service = node.service(name).requestResponse(ADD_REQUEST, ADD_RESPONSE)
                .requestHeader(HEADER).responseHeader(HEADER).create();
             Server server = service.server();
             Client client = service.client();
             Arena arena = Arena.ofConfined()) {
            MemorySegment header = MemorySegment.ofArray(new long[] {7, 0});
            PendingResponse pending = client.send(MemorySegment.ofArray(new long[] {1, 2}), header);
            MemorySegment request = MemorySegment.ofArray(new long[2]);
            MemorySegment requestHeader = MemorySegment.ofArray(new long[2]);
            try (ActiveRequest active = server.receive(request, requestHeader)) {
                assertNotNull(active);
                assertEquals(7, requestHeader.get(JAVA_LONG, 0));
                active.respond(MemorySegment.ofArray(new long[] {3}), MemorySegment.ofArray(new long[] {8, 0}));
            }
            MemorySegment response = arena.allocate(8);
            MemorySegment responseHeader = arena.allocate(16);
            assertTrue(pending.receive(response, responseHeader));
            assertEquals(3, response.get(JAVA_LONG, 0));
            assertEquals(8, responseHeader.get(JAVA_LONG, 0));
            pending.close();
            assertThrows(IllegalStateException.class, () -> pending.receive(response));
        }
    }

    @Test
    void aClientHasOnlySoManyRequestsPending() {
        try (RequestResponseService service = addService(ServiceNames.unique("pending"));
             Server server = service.server();
             Client client = service.client();
             Arena arena = Arena.ofConfined()) {
            PendingResponse first = client.send(request(arena, 1, 1));
            client.send(request(arena, 2, 2));
            assertThrows(LimitReachedException.class, () -> client.send(request(arena, 3, 3)));
            first.close();
            client.send(request(arena, 4, 4)).close();
            assertThrows(IllegalArgumentException.class, () -> client.send(arena.allocate(15)), "a request has 16 bytes");
        }
    }

    @Test
    void theCreatorsSettingsAndTypesAreChecked() {
        String name = ServiceNames.unique("rr-settings");
        try (RequestResponseService created = addService(name);
             RequestResponseService opened = node.service(name).requestResponse(ADD_REQUEST, ADD_RESPONSE).open()) {
            RequestResponseSettings settings = opened.settings();
            assertEquals(2, settings.maxActiveRequestsPerClient());
            assertEquals(4, settings.maxResponseBufferSize());
            assertEquals(1, settings.maxServers());
            try (Server server = opened.server()) {
                assertEquals(1, created.serverCount());
                assertThrows(LimitReachedException.class, created::server);
            }
            assertThrows(IncompatibleTypesException.class,
                    () -> node.service(name).requestResponse(ADD_REQUEST, new TypeDetails("AddResponse", 16, 8)).open());
            assertThrows(ServiceNotFoundException.class,
                    () -> node.service(ServiceNames.unique("none")).requestResponse(ADD_REQUEST, ADD_RESPONSE).open());
        }
    }

    @Test
    void aResponseCanBeAwaited() throws Exception {
        try (RequestResponseService service = addService(ServiceNames.unique("await"));
             Client client = service.client();
             Arena arena = Arena.ofConfined()) {
            Thread serverThread = Thread.ofPlatform().start(() -> {
                try (Server server = service.server(); Arena own = Arena.ofConfined()) {
                    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                    while (serve(server, own, false) == 0 && System.nanoTime() < deadline) {
                        Thread.onSpinWait();
                    }
                }
            });
            while (service.serverCount() == 0) {
                Thread.onSpinWait();
            }
            try (PendingResponse pending = client.send(request(arena, 20, 22))) {
                MemorySegment response = arena.allocate(8);
                assertTrue(pending.receive(response, Duration.ofSeconds(30)));
                assertEquals(42, response.get(JAVA_LONG, 0));
            }
            serverThread.join();
        }
    }
}

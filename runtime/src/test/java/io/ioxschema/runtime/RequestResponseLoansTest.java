package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Request-response zero-copy within one process, against the real iceoryx2: loaned requests and
 * responses written in place, requests and responses read in place, and what happens to their
 * memory when they end.
 */
class RequestResponseLoansTest {

    static Node node;

    @BeforeAll
    static void createNode() {
        node = Node.builder().name("request-response-loans-test").create();
    }

    @AfterAll
    static void closeNode() {
        node.close();
    }

    /** AddRequest -> AddResponse, a CustomHeader on both, at most 2 requests pending per client. */
    static RequestResponseService addService(String name) {
        return node.service(ServiceNames.unique(name)).requestResponse(AddRequestView.class, AddResponseView.class)
                .requestHeader(HeaderView.class).responseHeader(HeaderView.class).maxActiveRequestsPerClient(2)
                .maxLoanedRequests(2).maxResponseBufferSize(4).maxBorrowedResponsesPerPendingResponse(2).maxServers(1)
                .maxClients(2).create();
    }

    static PendingResponse sendAdd(Client client, long a, long b) {
        try (LoanedRequest request = client.loan()) {
            request.payload(AddRequestView::new).a(a).b(b);
            return request.send();
        }
    }

    @Test
    void aLoanedRequestIsAnsweredInPlaceWithEveryField() {
        try (RequestResponseService service = addService("in-place");
             Server server = service.server();
             Client client = service.client()) {
            PendingResponse pending;
            try (LoanedRequest request = client.loan()) {
                assertEquals(16, request.payload().byteSize());
                assertEquals(16, request.userHeader().byteSize());
                request.payload(AddRequestView::new).a(40).b(2);
                request.userHeader(HeaderView::new).sequence(7);
                request.userHeader().set(JAVA_INT, 8, 3);
                assertEquals(40, request.payload().get(JAVA_LONG, 0), "the view writes the loan's memory");
                pending = request.send();
            }
            assertNull(pending.receive(), "no answer before the server ran");
            assertTrue(pending.isConnected());

            try (ActiveRequest request = server.receive()) {
                assertNotNull(request);
                AddRequestView add = request.payload(AddRequestView::new);
                assertAll(
                        () -> assertEquals(40, add.a()),
                        () -> assertEquals(2, add.b()),
                        () -> assertEquals(7, request.userHeader(HeaderView::new).sequence()),
                        () -> assertEquals(3, request.userHeader().get(JAVA_INT, 8)),
                        () -> assertEquals(0, request.userHeader().get(JAVA_INT, 12), "loan() zeroed the header"),
                        () -> assertEquals(16, request.payload().byteSize()),
                        () -> assertEquals(2, request.payload().get(JAVA_LONG, 8)));
                for (int answer = 0; answer < 2; answer++) {
                    try (LoanedResponse response = request.loan()) {
                        assertEquals(8, response.payload().byteSize());
                        assertEquals(0, response.payload().get(JAVA_LONG, 0), "loan() zeroes the payload");
                        response.payload(AddResponseView::new).sum(add.a() + add.b() + answer);
                        response.userHeader(HeaderView::new).sequence(8 + answer);
                        response.userHeader().set(JAVA_INT, 8, 4);
                        response.send();
                    }
                }
            }
            assertNull(server.receive());

            for (int answer = 0; answer < 2; answer++) {
                try (Response response = pending.receive()) {
                    assertNotNull(response, "answer " + answer);
                    int expected = answer;
                    assertAll(
                            () -> assertEquals(42 + expected, response.payload(AddResponseView::new).sum()),
                            () -> assertEquals(42 + expected, response.payload().get(JAVA_LONG, 0)),
                            () -> assertEquals(8, response.payload().byteSize()),
                            () -> assertEquals(8 + expected, response.userHeader(new HeaderView()).sequence()),
                            () -> assertEquals(4, response.userHeader().get(JAVA_INT, 8)),
                            () -> assertEquals(0, response.userHeader().get(JAVA_INT, 12)));
                }
            }
            assertNull(pending.receive());
            assertFalse(pending.isConnected(), "the server closed the request");
            pending.close();
        }
    }

    @Test
    void loanZeroesWhatAnEarlierMessageLeft() {
        try (RequestResponseService service = addService("zeroed");
             Server server = service.server();
             Client client = service.client()) {
            for (int round = 0; round < 3; round++) {
                try (LoanedRequest request = client.loan()) {
                    assertEquals(0, request.payload().get(JAVA_LONG, 0));
                    assertEquals(0, request.payload().get(JAVA_LONG, 8));
                    assertEquals(0, request.userHeader().get(JAVA_LONG, 0));
                    assertEquals(0, request.userHeader().get(JAVA_LONG, 8));
                    request.payload().fill((byte) -1);
                    request.userHeader().fill((byte) -1);
                    try (PendingResponse pending = request.send(); ActiveRequest active = server.receive()) {
                        assertEquals(-1, active.payload(AddRequestView::new).b());
                    }
                }
            }
        }
    }

    @Test
    void aMessagesMemoryIsInaccessibleOnceItEnded() {
        try (RequestResponseService service = addService("ended");
             Server server = service.server();
             Client client = service.client()) {
            LoanedRequest loaned = client.loan();
            AddRequestView written = loaned.payload(AddRequestView::new).a(1).b(2);
            MemorySegment writtenSegment = loaned.payload();
            PendingResponse pending = loaned.send();
            assertThrows(IllegalStateException.class, written::a);
            assertThrows(IllegalStateException.class, () -> written.a(5));
            assertThrows(IllegalStateException.class, () -> writtenSegment.get(JAVA_LONG, 0));
            assertThrows(IllegalStateException.class, loaned::send);
            assertThrows(IllegalStateException.class, () -> loaned.payload(AddRequestView::new));
            assertThrows(IllegalStateException.class, loaned::payload);
            loaned.close(); // closing after sending does nothing

            ActiveRequest request = server.receive();
            AddRequestView read = request.payload(new AddRequestView());
            MemorySegment readSegment = request.payload();
            MemorySegment readHeader = request.userHeader();
            assertThrows(IllegalArgumentException.class, () -> read.a(9), "a received request is read-only");
            LoanedResponse sent = request.loan();
            AddResponseView sentView = sent.payload(AddResponseView::new).sum(3);
            sent.send();
            assertThrows(IllegalStateException.class, sentView::sum);
            assertThrows(IllegalStateException.class, sent::send);
            LoanedResponse unsent = request.loan();
            AddResponseView unsentView = unsent.payload(AddResponseView::new);
            MemorySegment unsentSegment = unsent.payload();
            request.close();
            assertThrows(IllegalStateException.class, read::a);
            assertThrows(IllegalStateException.class, () -> readSegment.get(JAVA_LONG, 0));
            assertThrows(IllegalStateException.class, () -> readHeader.get(JAVA_LONG, 0));
            assertThrows(IllegalStateException.class, request::loan, "a closed request takes no responses");
            assertThrows(IllegalStateException.class, unsentView::sum, "closing the request gave back its loans");
            assertThrows(IllegalStateException.class, () -> unsentSegment.get(JAVA_LONG, 0));
            assertThrows(IllegalStateException.class, unsent::send);
            request.close(); // twice is fine

            Response response = pending.receive();
            AddResponseView answer = response.payload(AddResponseView::new);
            MemorySegment answerSegment = response.payload();
            assertEquals(3, answer.sum());
            assertThrows(IllegalArgumentException.class, () -> answer.sum(4), "a received response is read-only");
            assertNull(pending.receive(), "the unsent loan never arrives");
            pending.close();
            assertEquals(3, answer.sum(), "a response outlives its pending response");
            response.close();
            assertThrows(IllegalStateException.class, answer::sum);
            assertThrows(IllegalStateException.class, () -> answerSegment.get(JAVA_LONG, 0));
            response.close(); // twice is fine

            assertThrows(IllegalStateException.class, pending::receive);
            assertThrows(IllegalStateException.class, pending::isConnected);
            pending.close(); // twice is fine

            LoanedRequest discarded = client.loan();
            AddRequestView discardedView = discarded.payload(AddRequestView::new);
            discarded.close();
            assertThrows(IllegalStateException.class, discardedView::a);
            assertThrows(IllegalStateException.class, discarded::send);
            assertNull(server.receive(), "a discarded request is not sent");
        }
    }

    @Test
    void aClientHoldsOnlySoManyLoansAndPendingRequests() {
        try (RequestResponseService service = addService("client-limits");
             Server server = service.server();
             Client client = service.client()) {
            LoanedRequest first = client.loan();
            LoanedRequest second = client.loan();
            LoanExhaustedException exhausted = assertThrows(LoanExhaustedException.class, client::loan);
            assertTrue(exhausted.getMessage().contains("all 2 loans of this client are taken"), exhausted.getMessage());
            first.payload(AddRequestView::new).a(1);
            second.payload(AddRequestView::new).a(2);
            PendingResponse one = first.send();
            PendingResponse two = second.send();

            LoanedRequest third = client.loan();
            third.payload(AddRequestView::new).a(3);
            LimitReachedException limit = assertThrows(LimitReachedException.class, third::send);
            assertTrue(limit.getMessage().contains("this client has 2 requests pending"), limit.getMessage());
            assertEquals(3, third.payload(AddRequestView::new).a(), "the loan stays usable");
            assertThrows(LimitReachedException.class, () -> client.send(MemorySegment.ofArray(new long[2])));
            one.close();
            PendingResponse three = third.send();

            List<Long> received = new ArrayList<>();
            for (ActiveRequest request; (request = server.receive()) != null; request.close()) {
                received.add(request.payload(AddRequestView::new).a());
            }
            assertEquals(List.of(2L, 3L), received,
                    "request 1, given up before the server took it, is dropped; 3, sent after the limit, arrives");
            two.close();
            three.close();
        }
    }

    @Test
    void aServerLoansOnlySoManyResponsesPerRequest() {
        try (RequestResponseService service = addService("server-limits");
             Server server = service.server();
             Client client = service.client();
             PendingResponse pending = sendAdd(client, 1, 2);
             ActiveRequest request = server.receive()) {
            // iceoryx2's default: a server loans 2 responses per request at once.
            LoanedResponse first = request.loan();
            request.loan();
            LoanExhaustedException exhausted = assertThrows(LoanExhaustedException.class, request::loan);
            assertTrue(exhausted.getMessage().contains("cannot loan a response")
                    && exhausted.getMessage().contains("as many loaned responses to this request as it may"), exhausted.getMessage());
            first.send();
            request.loan().send();
            for (int answer = 0; answer < 2; answer++) {
                try (Response response = pending.receive()) {
                    assertNotNull(response, "answer " + answer);
                }
            }
        }
    }

    @Test
    void aPendingResponseHoldsOnlySoManyResponses() {
        try (RequestResponseService service = addService("borrows");
             Server server = service.server();
             Client client = service.client();
             PendingResponse pending = sendAdd(client, 1, 2)) {
            try (ActiveRequest request = server.receive()) {
                for (int i = 0; i < 3; i++) {
                    try (LoanedResponse response = request.loan()) {
                        response.payload(AddResponseView::new).sum(i);
                        response.send();
                    }
                }
            }
            Response first = pending.receive();
            Response second = pending.receive();
            LimitReachedException limit = assertThrows(LimitReachedException.class, pending::receive);
            assertTrue(limit.getMessage().contains("cannot receive a response"), limit.getMessage());
            assertEquals(0, first.payload(AddResponseView::new).sum());
            first.close();
            try (Response third = pending.receive()) {
                assertEquals(2, third.payload(AddResponseView::new).sum(), "no response was lost to the limit");
            }
            second.close();
        }
    }

    @Test
    void closingAClientOrServerEndsItsMessages() {
        RequestResponseService service = addService("port-closed");
        Server server = service.server();
        Client client = service.client();
        PendingResponse pending = sendAdd(client, 1, 2);
        LoanedRequest loaned = client.loan();
        AddRequestView unsent = loaned.payload(AddRequestView::new);
        ActiveRequest request = server.receive();
        AddRequestView read = request.payload(AddRequestView::new);
        request.loan().send();
        LoanedResponse response = request.loan();
        AddResponseView unanswered = response.payload(AddResponseView::new);
        Response received = pending.receive();
        AddResponseView answer = received.payload(AddResponseView::new);

        server.close();
        assertThrows(IllegalStateException.class, read::a);
        assertThrows(IllegalStateException.class, unanswered::sum);
        assertThrows(IllegalStateException.class, response::send);
        assertThrows(IllegalStateException.class, server::receive);
        request.close(); // nothing: it ended with the server
        response.close();

        client.close();
        assertThrows(IllegalStateException.class, unsent::a);
        assertThrows(IllegalStateException.class, answer::sum);
        assertThrows(IllegalStateException.class, loaned::send);
        assertThrows(IllegalStateException.class, pending::receive);
        assertThrows(IllegalStateException.class, client::loan);
        pending.close();
        received.close();
        loaned.close();
        service.close();
    }

    @Test
    void clientsServersAndTheirMessagesBelongToTheirThread() throws Exception {
        try (RequestResponseService service = addService("threads");
             Server server = service.server();
             Client client = service.client()) {
            LoanedRequest loaned = client.loan();
            PendingResponse pending = sendAdd(client, 1, 2);
            ActiveRequest request = server.receive();
            Supplier<?>[] actions = {
                client::loan, loaned::send, () -> loaned.payload(AddRequestView::new), pending::receive,
                pending::isConnected, server::receive, request::loan, () -> request.payload(AddRequestView::new),
                () -> { pending.close(); return null; }, () -> { client.close(); return null; },
                () -> { server.close(); return null; },
            };
            Throwable[] thrown = new Throwable[actions.length];
            Thread other = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < actions.length; i++) {
                    thrown[i] = catching(actions[i]);
                }
            });
            other.join();
            for (int i = 0; i < thrown.length; i++) {
                assertTrue(thrown[i] instanceof WrongThreadException, "action " + i + ": " + thrown[i]);
            }
            assertEquals(1, request.payload(AddRequestView::new).a(), "the owner still can");
            request.close();
            loaned.close();
            pending.close();
        }
    }

    private static Throwable catching(Supplier<?> action) {
        try {
            action.get();
            return null;
        } catch (Throwable t) {
            return t;
        }
    }

    @Test
    void theSameObjectsServeEveryMessageOfASlot() {
        try (RequestResponseService service = addService("reuse");
             Server server = service.server();
             Client client = service.client()) {
            Object[][] seen = new Object[2][];
            for (int round = 0; round < 2; round++) {
                LoanedRequest loaned = client.loan();
                AddRequestView view = loaned.payload(AddRequestView::new); // one call site: one factory
                PendingResponse pending = loaned.send();
                ActiveRequest request = server.receive();
                LoanedResponse response = request.loan();
                response.send();
                request.close();
                Response received = pending.receive();
                received.close();
                pending.close();
                seen[round] = new Object[] {loaned, view, pending, request, response, received};
            }
            for (int i = 0; i < seen[0].length; i++) {
                assertSame(seen[0][i], seen[1][i], "object " + i + " is the slot's, reused");
            }
        }
    }

    @Test
    void aViewOfAnotherTypeIsRefused() {
        try (RequestResponseService service = node.service(ServiceNames.unique("view-type"))
                .requestResponse(AddRequestView.class, AddResponseView.class).create();
             Server server = service.server();
             Client client = service.client()) {
            try (LoanedRequest request = client.loan()) {
                IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                        () -> request.payload(new AddResponseView()));
                assertTrue(wrong.getMessage().contains("AddResponse") && wrong.getMessage().contains("AddRequest"),
                        wrong.getMessage());
                assertThrows(IllegalArgumentException.class, () -> request.userHeader(new HeaderView()), "no user header");
                assertEquals(0, request.userHeader().byteSize());
                request.send().close();
            }
            try (ActiveRequest request = server.receive()) {
                assertThrows(IllegalArgumentException.class, () -> request.payload(new AddResponseView()));
            }
        }
    }

    @Test
    void copiesAreCheckedBeforeAMessageIsTaken() {
        try (RequestResponseService service = node.service(ServiceNames.unique("copy-checks"))
                .requestResponse(AddRequestView.class, AddResponseView.class).create();
             Server server = service.server();
             Client client = service.client()) {
            MemorySegment header = MemorySegment.ofArray(new long[2]);
            IllegalArgumentException noHeader = assertThrows(IllegalArgumentException.class,
                    () -> client.send(MemorySegment.ofArray(new long[2]), header));
            assertTrue(noHeader.getMessage().contains("requests carry no user header"), noHeader.getMessage());
            try (PendingResponse pending = client.send(MemorySegment.ofArray(new long[] {5, 6}))) {
                assertThrows(IllegalArgumentException.class, () -> server.receive(MemorySegment.ofArray(new long[1])));
                MemorySegment request = MemorySegment.ofArray(new long[2]);
                try (ActiveRequest active = server.receive(request)) {
                    assertNotNull(active, "the refused copy left the request waiting");
                    assertEquals(6, request.get(JAVA_LONG, 8));
                    assertThrows(IllegalArgumentException.class, () -> active.respond(MemorySegment.ofArray(new long[2])));
                    active.respond(MemorySegment.ofArray(new long[] {11}));
                }
                assertThrows(IllegalArgumentException.class, () -> pending.receive(MemorySegment.ofArray(new long[2])));
                MemorySegment response = MemorySegment.ofArray(new long[1]);
                assertTrue(pending.receive(response, Duration.ofSeconds(5)), "the refused copy left the response waiting");
                assertEquals(11, response.get(JAVA_LONG, 0));
            }
        }
    }
}

package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Publish-subscribe within one process: the API's contract, against the real iceoryx2. */
class PublishSubscribeTest {

    static final TypeDetails SENSOR_DATA = new TypeDetails("SensorData", 56, 8);
    static final TypeDetails CUSTOM_HEADER = new TypeDetails("CustomHeader", 16, 8);

    static Node node;

    @BeforeAll
    static void createNode() {
        node = Node.builder().name("publish-subscribe-test").create();
    }

    @AfterAll
    static void closeNode() {
        node.close();
    }

    static PublishSubscribeService sensorService(String name) {
        return node.service(name).publishSubscribe(SENSOR_DATA).userHeader(CUSTOM_HEADER).historySize(4)
                .subscriberMaxBufferSize(8).maxPublishers(2).maxSubscribers(3).create();
    }

    @Test
    void aLoanedSampleArrivesWithPayloadAndUserHeader() {
        try (PublishSubscribeService service = sensorService(ServiceNames.unique("roundtrip"));
             Publisher publisher = service.publisher();
             Subscriber subscriber = service.subscriber()) {
            try (LoanedSample sample = publisher.loan()) {
                assertEquals(56, sample.payload().byteSize());
                assertEquals(16, sample.userHeader().byteSize());
                sample.payload().set(JAVA_LONG, 0, 1234567890123L);
                sample.payload().set(JAVA_DOUBLE, 8, 21.5);
                sample.payload().set(JAVA_BYTE, 55, (byte) 7);
                sample.userHeader().set(JAVA_LONG, 0, 42);
                assertEquals(1, sample.send());
            }
            try (Sample sample = subscriber.receive()) {
                assertNotNull(sample);
                assertAll(
                        () -> assertEquals(56, sample.payload().byteSize()),
                        () -> assertEquals(1234567890123L, sample.payload().get(JAVA_LONG, 0)),
                        () -> assertEquals(21.5, sample.payload().get(JAVA_DOUBLE, 8)),
                        () -> assertEquals(0, sample.payload().get(JAVA_LONG, 16), "loan() zeroes the payload"),
                        () -> assertEquals(7, sample.payload().get(JAVA_BYTE, 55)),
                        () -> assertEquals(42, sample.userHeader().get(JAVA_LONG, 0)));
            }
            assertNull(subscriber.receive());
        }
    }

    @Test
    void sendCopyCopiesPayloadAndHeader() {
        try (PublishSubscribeService service = sensorService(ServiceNames.unique("copy"));
             Publisher publisher = service.publisher();
             Subscriber subscriber = service.subscriber();
             Arena arena = Arena.ofConfined()) {
            MemorySegment payload = arena.allocate(56);
            payload.set(JAVA_LONG, 48, -5L);
            MemorySegment header = arena.allocate(16);
            header.set(JAVA_LONG, 0, 9);
            assertEquals(1, publisher.sendCopy(payload, header));
            try (Sample sample = subscriber.receive()) {
                assertEquals(-5L, sample.payload().get(JAVA_LONG, 48));
                assertEquals(9, sample.userHeader().get(JAVA_LONG, 0));
            }
            assertThrows(IllegalArgumentException.class, () -> publisher.sendCopy(arena.allocate(55)));
        }
    }

    @Test
    void theCreatorsSettingsAreWhatOpenersSee() {
        String name = ServiceNames.unique("settings");
        try (PublishSubscribeService created = sensorService(name);
             PublishSubscribeService opened = node.service(name).publishSubscribe(SENSOR_DATA).userHeader(CUSTOM_HEADER).open()) {
            assertEquals(new PublishSubscribeSettings(4, 8, 2, 2, 3, created.settings().maxNodes(), true), opened.settings());
            try (Publisher publisher = opened.publisher(); Subscriber subscriber = created.subscriber()) {
                assertEquals(1, created.publisherCount());
                assertEquals(1, opened.subscriberCount());
            }
        }
    }

    @Test
    void openingAMissingServiceOrCreatingAnExistingOneFails() {
        String name = ServiceNames.unique("missing");
        assertThrows(ServiceNotFoundException.class, () -> node.service(name).publishSubscribe(SENSOR_DATA).open());
        try (PublishSubscribeService service = sensorService(name)) {
            ServiceAlreadyExistsException e = assertThrows(ServiceAlreadyExistsException.class, () -> sensorService(name));
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
    }

    @Test
    void anotherTypeNameOrSizeIsRefusedNamingBothSides() {
        String name = ServiceNames.unique("types");
        try (PublishSubscribeService service = sensorService(name)) {
            IncompatibleTypesException renamed = assertThrows(IncompatibleTypesException.class, () -> node.service(name)
                    .publishSubscribe(new TypeDetails("NotSensorData", 56, 8)).userHeader(CUSTOM_HEADER).open());
            assertTrue(renamed.getMessage().contains("SensorData (size 56, alignment 8)")
                    && renamed.getMessage().contains("NotSensorData (size 56, alignment 8)"), renamed.getMessage());
            IncompatibleTypesException resized = assertThrows(IncompatibleTypesException.class, () -> node.service(name)
                    .publishSubscribe(new TypeDetails("SensorData", 64, 8)).userHeader(CUSTOM_HEADER).openOrCreate());
            assertTrue(resized.getMessage().contains("SensorData (size 64, alignment 8)"), resized.getMessage());
            IncompatibleTypesException headerless = assertThrows(IncompatibleTypesException.class,
                    () -> node.service(name).publishSubscribe(SENSOR_DATA).open());
            assertTrue(headerless.getMessage().contains("user header CustomHeader (size 16, alignment 8)")
                    && headerless.getMessage().contains("user header () (size 0, alignment 1)"), headerless.getMessage());
        }
    }

    @Test
    void aPublisherThatHoldsAllItsLoansGetsAClearError() {
        try (PublishSubscribeService service = sensorService(ServiceNames.unique("loans"));
             Publisher publisher = service.publisher(2)) {
            LoanedSample first = publisher.loan();
            LoanedSample second = publisher.loan();
            LoanExhaustedException e = assertThrows(LoanExhaustedException.class, publisher::loan);
            assertTrue(e.getMessage().contains("all 2 loans of this publisher are taken"), e.getMessage());
            first.close();
            publisher.loan().close();
            second.close();
        }
    }

    @Test
    void aZeroedLoanIsZeroedAfterUninitialisedOnes() {
        // Sends loan the next sample ahead: one loaned ahead uninitialised must not serve loan().
        try (PublishSubscribeService service = sensorService(ServiceNames.unique("zeroed-ahead"));
             Publisher publisher = service.publisher();
             Subscriber subscriber = service.subscriber()) {
            for (int i = 0; i < 6; i++) {
                try (LoanedSample sample = publisher.loanUninit()) {
                    sample.payload().fill((byte) -1);
                    sample.userHeader().fill((byte) -1);
                    sample.send();
                }
                subscriber.receive().close();
            }
            for (int i = 0; i < 3; i++) {
                try (LoanedSample sample = publisher.loan()) {
                    for (long at = 0; at < 56; at += 8) {
                        assertEquals(0, sample.payload().get(JAVA_LONG, at), "loan " + i + ", payload byte " + at);
                    }
                    assertEquals(0, sample.userHeader().get(JAVA_LONG, 8), "loan " + i + ", user header");
                    sample.payload().fill((byte) -1);
                    sample.send();
                }
                subscriber.receive().close();
            }
        }
    }

    @Test
    void theSampleASendLoansAheadIsOneOfThePublishersLoans() {
        try (PublishSubscribeService service = sensorService(ServiceNames.unique("one-loan"));
             Publisher publisher = service.publisher(1);
             Subscriber subscriber = service.subscriber()) {
            for (int i = 0; i < 5; i++) {
                try (LoanedSample sample = publisher.loan()) {
                    sample.payload().set(JAVA_LONG, 0, i);
                    assertThrows(LoanExhaustedException.class, publisher::loan, "one loan at a time, round " + i);
                    sample.send();
                }
                try (Sample sample = subscriber.receive()) {
                    assertEquals(i, sample.payload().get(JAVA_LONG, 0));
                }
            }
        }
    }

    @Test
    void aSubscriberHoldingAllItsSamplesGetsAClearError() {
        try (PublishSubscribeService service = sensorService(ServiceNames.unique("borrows"));
             Publisher publisher = service.publisher();
             Subscriber subscriber = service.subscriber()) {
            for (int i = 0; i < 3; i++) {
                publisher.loan().send();
            }
            Sample first = subscriber.receive();
            Sample second = subscriber.receive();
            assertThrows(LimitReachedException.class, subscriber::receive);
            first.close();
            assertNotNull(subscriber.receive());
            second.close();
        }
    }

    @Test
    void sampleMemoryIsInaccessibleOnceSentOrReleased() {
        try (PublishSubscribeService service = sensorService(ServiceNames.unique("after"));
             Publisher publisher = service.publisher();
             Subscriber subscriber = service.subscriber()) {
            LoanedSample loaned = publisher.loan();
            MemorySegment written = loaned.payload();
            loaned.send();
            assertThrows(IllegalStateException.class, () -> written.get(JAVA_LONG, 0));
            assertThrows(IllegalStateException.class, () -> written.set(JAVA_LONG, 0, 1));
            assertThrows(IllegalStateException.class, loaned::send);
            loaned.close(); // closing after sending does nothing

            Sample received = subscriber.receive();
            MemorySegment read = received.payload();
            MemorySegment header = received.userHeader();
            received.close();
            assertThrows(IllegalStateException.class, () -> read.get(JAVA_LONG, 0));
            assertThrows(IllegalStateException.class, () -> header.get(JAVA_LONG, 0));
            received.close(); // twice is fine

            LoanedSample discarded = publisher.loan();
            MemorySegment unsent = discarded.payload();
            discarded.close();
            assertThrows(IllegalStateException.class, () -> unsent.get(JAVA_LONG, 0));
            assertThrows(IllegalStateException.class, discarded::send);
        }
    }

    @Test
    void closingAPortMakesItsSamplesInaccessible() {
        PublishSubscribeService service = sensorService(ServiceNames.unique("port-closed"));
        Publisher publisher = service.publisher();
        Subscriber subscriber = service.subscriber();
        LoanedSample loaned = publisher.loan();
        publisher.loan().send();
        Sample received = subscriber.receive();
        publisher.close();
        subscriber.close();
        assertThrows(IllegalStateException.class, () -> loaned.payload().get(JAVA_LONG, 0));
        assertThrows(IllegalStateException.class, () -> received.payload().get(JAVA_LONG, 0));
        assertThrows(IllegalStateException.class, loaned::send);
        received.close();
        assertThrows(IllegalStateException.class, publisher::loan);
        assertThrows(IllegalStateException.class, subscriber::receive);
        service.close();
    }

    @Test
    void viewsReadAndWriteTheSampleAndThrowOnceItEnded() {
        try (PublishSubscribeService service = node.service(ServiceNames.unique("views")).publishSubscribe(SensorView.class)
                .userHeader(HeaderView.class).create();
             Publisher publisher = service.publisher();
             Subscriber subscriber = service.subscriber()) {
            SensorView written;
            try (LoanedSample sample = publisher.loan()) {
                written = sample.payload(SensorView::new).timestamp_ns(77).temperature(-3.5);
                sample.userHeader(new HeaderView()).sequence(5);
                assertEquals(77, sample.payload().get(JAVA_LONG, 0), "a view writes the sample's memory");
                sample.send();
            }
            assertThrows(IllegalStateException.class, written::timestamp_ns);
            assertThrows(IllegalStateException.class, () -> written.temperature(1));

            SensorView own = new SensorView();
            HeaderView header = new HeaderView();
            try (Sample sample = subscriber.receive()) {
                assertEquals(77, sample.payload(own).timestamp_ns());
                assertEquals(-3.5, own.temperature());
                assertEquals(5, sample.userHeader(header).sequence());
                assertThrows(IllegalArgumentException.class, () -> own.temperature(1), "a received sample is read-only");
            }
            assertThrows(IllegalStateException.class, own::timestamp_ns);
            assertThrows(IllegalStateException.class, header::sequence);
        }
    }

    @Test
    void aViewOfAnotherTypeIsRefused() {
        try (PublishSubscribeService service = node.service(ServiceNames.unique("view-type")).publishSubscribe(SensorView.class)
                .create();
             Publisher publisher = service.publisher()) {
            try (LoanedSample sample = publisher.loan()) {
                IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> sample.payload(new HeaderView()));
                assertTrue(wrong.getMessage().contains("CustomHeader") && wrong.getMessage().contains("SensorData"), wrong.getMessage());
                assertThrows(IllegalArgumentException.class, () -> sample.userHeader(new HeaderView()), "no user header");
                assertThrows(IllegalArgumentException.class, () -> sample.payload(new Object()));
            }
        }
    }

    @Test
    void closingAPortMakesItsViewsThrow() {
        PublishSubscribeService service = sensorService(ServiceNames.unique("port-closed-views"));
        Publisher publisher = service.publisher();
        SensorView view = publisher.loan().payload(new SensorView());
        publisher.close();
        assertThrows(IllegalStateException.class, view::timestamp_ns);
        service.close();
    }

    @Test
    void portsAndSamplesBelongToTheThreadThatMadeThePort() throws Exception {
        try (PublishSubscribeService service = sensorService(ServiceNames.unique("threads"));
             Publisher publisher = service.publisher();
             Subscriber subscriber = service.subscriber()) {
            LoanedSample sample = publisher.loan();
            MemorySegment payload = sample.payload();
            Throwable[] thrown = new Throwable[5];
            Thread other = Thread.ofPlatform().start(() -> {
                thrown[0] = catching(publisher::loan);
                thrown[1] = catching(sample::send);
                thrown[2] = catching(() -> payload.get(JAVA_LONG, 0));
                thrown[3] = catching(subscriber::receive);
                thrown[4] = catching(publisher::close);
            });
            other.join();
            for (Throwable t : thrown) {
                assertTrue(t instanceof WrongThreadException, String.valueOf(t));
            }
            assertEquals(1, sample.send(), "the owner still can");
        }
    }

    private static Throwable catching(Runnable action) {
        try {
            action.run();
            return null;
        } catch (Throwable t) {
            return t;
        }
    }

    @Test
    void aReceivedSampleIsReadOnly() {
        try (PublishSubscribeService service = sensorService(ServiceNames.unique("read-only"));
             Publisher publisher = service.publisher();
             Subscriber subscriber = service.subscriber()) {
            publisher.loan().send();
            try (Sample sample = subscriber.receive()) {
                assertThrows(IllegalArgumentException.class, () -> sample.payload().set(JAVA_LONG, 0, 1));
            }
        }
    }

    @Test
    void aServiceWithoutUserHeaderGivesEmptyHeaderSegments() {
        try (PublishSubscribeService service = node.service(ServiceNames.unique("no-header")).publishSubscribe(SENSOR_DATA).create();
             Publisher publisher = service.publisher();
             Subscriber subscriber = service.subscriber()) {
            try (LoanedSample sample = publisher.loan()) {
                assertEquals(0, sample.userHeader().byteSize());
                sample.send();
            }
            try (Sample sample = subscriber.receive()) {
                assertEquals(0, sample.userHeader().byteSize());
            }
        }
    }
}

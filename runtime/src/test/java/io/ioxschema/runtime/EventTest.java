package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Events and the waitset within one process. */
class EventTest {

    static Node node;

    @BeforeAll
    static void createNode() {
        node = Node.builder().name("event-test").create();
    }

    @AfterAll
    static void closeNode() {
        node.close();
    }

    @Test
    void aListenerReceivesTheIdsNotifiersSend() {
        try (EventService service = node.service(ServiceNames.unique("events")).event().eventIdMaxValue(31).create();
             Notifier notifier = service.notifier(5);
             Listener listener = service.listener()) {
            assertArrayEquals(new long[0], listener.tryWait());
            assertEquals(1, notifier.notifyListeners());
            assertEquals(1, notifier.notifyListeners(17));
            long[] ids = listener.timedWait(Duration.ofSeconds(1));
            java.util.Arrays.sort(ids);
            assertArrayEquals(new long[] {5, 17}, ids);
            assertArrayEquals(new long[0], listener.timedWait(Duration.ofMillis(20)));
            assertThrows(IllegalArgumentException.class, () -> notifier.notifyListeners(32));
            assertEquals(31, service.settings().eventIdMaxValue());
            assertEquals(1, service.listenerCount());
        }
    }

    @Test
    void aBlockingWaitEndsWhenAnotherThreadNotifies() throws Exception {
        try (EventService service = node.service(ServiceNames.unique("blocking")).event().create();
             Notifier notifier = service.notifier();
             Listener listener = service.listener()) {
            CompletableFuture<long[]> waited = CompletableFuture.supplyAsync(listener::blockingWait);
            Thread.sleep(150);
            notifier.notifyListeners(3);
            assertArrayEquals(new long[] {3}, waited.get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void aBlockingWaitIntoAnArrayCountsTheIdsAndKeepsWhatFits() throws Exception {
        try (EventService service = node.service(ServiceNames.unique("blocking-into")).event().create();
             Notifier notifier = service.notifier();
             Listener listener = service.listener()) {
            notifier.notifyListeners(4);
            notifier.notifyListeners(9);
            long[] one = {-1};
            assertEquals(2, listener.blockingWait(one));
            assertTrue(one[0] == 4 || one[0] == 9, "an id that arrived: " + one[0]);
            long[] room = new long[4];
            CompletableFuture<Integer> waited = CompletableFuture.supplyAsync(() -> listener.blockingWait(room));
            Thread.sleep(150);
            notifier.notifyListeners(6);
            assertEquals(1, waited.get(5, TimeUnit.SECONDS));
            assertArrayEquals(new long[] {6, 0, 0, 0}, room);
        }
    }

    @Test
    void aWaitSetWakesOnDataWithoutSpinning() throws Exception {
        String name = ServiceNames.unique("waitset");
        try (PublishSubscribeService data = node.service(name).publishSubscribe(PublishSubscribeTest.SENSOR_DATA).create();
             EventService events = node.service(name).event().create();
             Notifier notifier = events.notifier();
             Subscriber subscriber = data.subscriber();
             Listener listener = events.listener();
             WaitSet waitSet = WaitSet.create();
             WaitSet.Attachment attachment = waitSet.attach(listener)) {
            long start = System.nanoTime();
            assertEquals(List.of(), waitSet.waitForEvents(Duration.ofMillis(50)));
            assertTrue(System.nanoTime() - start >= Duration.ofMillis(45).toNanos(), "the timeout is honoured");

            CountDownLatch received = new CountDownLatch(1);
            CompletableFuture<Void> sender = CompletableFuture.runAsync(() -> {
                sleep(100);
                // A publisher belongs to the thread that makes it; it stays until the sample is
                // read (a publisher's samples leave with it).
                try (Publisher publisher = data.publisher()) {
                    try (LoanedSample sample = publisher.loan()) {
                        sample.payload().set(JAVA_LONG, 0, 99);
                        sample.send();
                    }
                    notifier.notifyListeners();
                    received.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            List<WaitSet.Attachment> ready = waitSet.waitForEvents(Duration.ofSeconds(30));
            assertEquals(List.of(attachment), ready);
            assertEquals(listener, ready.getFirst().listener());
            ready.getFirst().listener().tryWait();
            try (Sample sample = subscriber.receive()) {
                assertEquals(99, sample.payload().get(JAVA_LONG, 0));
            }
            received.countDown();
            sender.get(5, TimeUnit.SECONDS);
            assertEquals(List.of(), waitSet.waitForEvents(Duration.ZERO), "the events were taken");
        }
    }

    @Test
    void aListenerClosedWhileAttachedIsDetachedFirst() {
        try (EventService service = node.service(ServiceNames.unique("detach")).event().create();
             WaitSet waitSet = WaitSet.create()) {
            Listener listener = service.listener();
            waitSet.attach(listener);
            listener.close();
            assertThrows(IllegalStateException.class, () -> waitSet.waitForEvents(Duration.ZERO));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

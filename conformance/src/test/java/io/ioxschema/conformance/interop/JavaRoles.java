package io.ioxschema.conformance.interop;

import common.CustomHeader;
import io.ioxschema.runtime.EventService;
import io.ioxschema.runtime.Listener;
import io.ioxschema.runtime.LoanedSample;
import io.ioxschema.runtime.Node;
import io.ioxschema.runtime.Notifier;
import io.ioxschema.runtime.Publisher;
import io.ioxschema.runtime.PublishSubscribeBuilder;
import io.ioxschema.runtime.PublishSubscribeService;
import io.ioxschema.runtime.Sample;
import io.ioxschema.runtime.Subscriber;
import io.ioxschema.runtime.WaitSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java side of an interop run, shared by the tests (in the test JVM) and {@link JavaPeer}
 * (in another JVM): the service pair of a run, publishing {@code count} messages, and receiving
 * them event-driven, every field checked.
 */
final class JavaRoles {

    private JavaRoles() {
    }

    /**
     * The run's publish-subscribe service (the sample's "sensor/data" settings, with the
     * CustomHeader user header) and the event service of the same name its publishers notify
     * after each send.
     */
    record Services(PublishSubscribeService data, EventService events) implements AutoCloseable {
        @Override
        public void close() {
            data.close();
            events.close();
        }
    }

    static Services create(Node node, SensorMessages messages, String kind, String name) {
        PublishSubscribeBuilder data = node.service(name).publishSubscribe(SensorMessages.payload(kind))
                .userHeader(CustomHeader.class).historySize(16).subscriberMaxBufferSize(16).maxPublishers(2).maxSubscribers(8);
        return new Services(data.create(), node.service(name).event().create());
    }

    static Services open(Node node, SensorMessages messages, String kind, String name) {
        PublishSubscribeBuilder data = node.service(name).publishSubscribe(SensorMessages.payload(kind))
                .userHeader(CustomHeader.class);
        return new Services(data.open(), node.service(name).event().open());
    }

    /** A publisher and a notifier of the run's services. */
    static final class Sender implements AutoCloseable {
        private final Publisher publisher;
        private final Notifier notifier;

        Sender(Services services) {
            this.publisher = services.data().publisher();
            this.notifier = services.events().notifier();
        }

        /** Publishes messages {@code from} to {@code to - 1}, notifying the listeners after each. */
        void send(SensorMessages messages, String kind, int from, int to) {
            for (int i = from; i < to; i++) {
                try (LoanedSample sample = publisher.loan()) {
                    messages.write(kind, sample, i);
                    sample.send();
                }
                notifier.notifyListeners();
            }
        }

        @Override
        public void close() {
            notifier.close();
            publisher.close();
        }
    }

    /** A subscriber and a listener, ready before the other side publishes. */
    static final class Receiver implements AutoCloseable {
        private final Subscriber subscriber;
        private final Listener listener;
        private final WaitSet waitSet;

        Receiver(Services services) {
            this.subscriber = services.data().subscriber();
            this.listener = services.events().listener();
            this.waitSet = WaitSet.create();
            waitSet.attach(listener);
        }

        Subscriber subscriber() {
            return subscriber;
        }

        /**
         * Sleeps on the waitset until messages 0 to count - 1 arrived, in order, and checks each
         * field; returns every problem found (empty: all is well).
         */
        List<String> receive(SensorMessages messages, String kind, int count, Duration timeout) {
            List<String> problems = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            int next = 0;
            while (next < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    problems.add("timed out after " + timeout + " with " + next + " of " + count + " messages");
                    return problems;
                }
                waitSet.waitForEvents(Duration.ofNanos(left));
                listener.tryWait();
                while (next < count) {
                    try (Sample sample = subscriber.receive()) {
                        if (sample == null) {
                            break;
                        }
                        problems.addAll(messages.check(kind, sample, next));
                    }
                    next++;
                }
            }
            return problems;
        }

        @Override
        public void close() {
            waitSet.close();
            listener.close();
            subscriber.close();
        }
    }
}

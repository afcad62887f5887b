package io.ioxschema.bench.pingpong.iceoryx2;

import io.ioxschema.bench.pingpong.Link;
import io.ioxschema.bench.pingpong.Options;
import io.ioxschema.bench.pingpong.Transport;
import io.ioxschema.runtime.BackpressureStrategy;
import io.ioxschema.runtime.EventService;
import io.ioxschema.runtime.Listener;
import io.ioxschema.runtime.LoanedSample;
import io.ioxschema.runtime.Node;
import io.ioxschema.runtime.Notifier;
import io.ioxschema.runtime.PrimitiveTypes;
import io.ioxschema.runtime.PublishSubscribeService;
import io.ioxschema.runtime.Publisher;
import io.ioxschema.runtime.Sample;
import io.ioxschema.runtime.Subscriber;
import java.util.EnumSet;
import java.util.Set;

/**
 * iceoryx2 through the iox-schema runtime, speaking exactly what the Rust and Python sides
 * speak (benchmarks/README.md, "Protocol"): publish-subscribe of {@code u8} slices on
 * {@code iox-bench/<channel>/ping} and {@code .../pong} (max 1 publisher and 1 subscriber,
 * history 0, subscriber buffer 16, no safe overflow; publishers with the message size as
 * initial max slice length and {@code RetryUntilDelivered}); in event mode the event services
 * {@code .../ping-event} and {@code .../pong-event} wake the receiver after each send. A message
 * is written into the loaned slice and read from the received one in place, at their addresses.
 */
public final class Iceoryx2Transport implements Transport {

    /** The same on every side and in every language, so either side may create a service. */
    private static final long BUFFER = 16;

    @Override
    public Set<Options.Waiting> waitings() {
        return EnumSet.allOf(Options.Waiting.class);
    }

    @Override
    public Link open(Options options) {
        boolean ping = options.role() == Options.Role.PING;
        String out = ping ? "ping" : "pong";
        String in = ping ? "pong" : "ping";
        Node node = Node.builder().name("iox-bench-java-" + out).create();
        try {
            PublishSubscribeService outbound = data(node, options, out);
            PublishSubscribeService inbound = data(node, options, in);
            Publisher publisher = outbound.publisherBuilder().initialMaxSliceLength(options.size())
                    .backpressureStrategy(BackpressureStrategy.RETRY_UNTIL_DELIVERED).create();
            Subscriber subscriber = inbound.subscriber();
            Notifier notifier = null;
            Listener listener = null;
            if (options.waiting() == Options.Waiting.EVENT) {
                notifier = events(node, options, out).notifier();
                listener = events(node, options, in).listener();
            }
            return new Iceoryx2Link(node, publisher, subscriber, notifier, listener);
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
    }

    private static PublishSubscribeService data(Node node, Options o, String direction) {
        return node.service("iox-bench/" + o.channel() + "/" + direction).publishSubscribeSlice(PrimitiveTypes.U8)
                .maxPublishers(1).maxSubscribers(1).historySize(0).subscriberMaxBufferSize(BUFFER)
                .enableSafeOverflow(false).openOrCreate();
    }

    private static EventService events(Node node, Options o, String direction) {
        return node.service("iox-bench/" + o.channel() + "/" + direction + "-event").event().openOrCreate();
    }

    /** One side's ports. Every object is made once; a message allocates nothing. */
    private static final class Iceoryx2Link implements Link {
        private final Node node;
        private final Publisher publisher;
        private final Subscriber subscriber;
        private final Notifier notifier;
        private final Listener listener;
        private final long[] eventIds = new long[16];
        private LoanedSample loaned;

        Iceoryx2Link(Node node, Publisher publisher, Subscriber subscriber, Notifier notifier, Listener listener) {
            this.node = node;
            this.publisher = publisher;
            this.subscriber = subscriber;
            this.notifier = notifier;
            this.listener = listener;
        }

        @Override
        public long claim(int length) {
            loaned = publisher.loanSliceUninit(length);
            return loaned.payloadAddress();
        }

        @Override
        public void send(int length) {
            loaned.send();
            if (notifier != null) {
                notifier.notifyListeners();
            }
        }

        @Override
        public long receive(Reader reader) {
            while (true) {
                Sample sample = subscriber.receive();
                if (sample != null) {
                    try {
                        return reader.read(sample.payloadAddress());
                    } finally {
                        sample.close();
                    }
                }
                if (listener != null) {
                    listener.blockingWait(eventIds);
                } else {
                    Thread.onSpinWait();
                }
            }
        }

        @Override
        public void close() {
            if (notifier != null) {
                notifier.close();
                listener.close();
            }
            subscriber.close();
            publisher.close();
            node.close();
        }
    }
}

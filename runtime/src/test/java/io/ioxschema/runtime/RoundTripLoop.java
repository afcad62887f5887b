package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.util.Arrays;

/**
 * A publish-and-receive round trip in one process, timed: loan, write, send, receive, read,
 * release, N times per run; prints each run's time per round trip and the median. Not a test:
 *
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -cp runtime/target/classes:runtime/target/test-classes \
 *     io.ioxschema.runtime.RoundTripLoop view|segment ROUNDS RUNS
 * </pre>
 *
 * {@code view} writes and reads through a generated-style view (the zero-allocation path),
 * {@code segment} through the samples' MemorySegments (an arena per message). Under
 * {@code -XX:+UseEpsilonGC -Xmx64m} a run of the view loop must complete: it allocates nothing.
 */
public final class RoundTripLoop {

    private RoundTripLoop() {
    }

    public static void main(String[] args) {
        boolean views = args[0].equals("view");
        int rounds = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        try (Node node = Node.builder().name("round-trip-loop").create();
             PublishSubscribeService service = node.service("iox-schema-bench/" + ProcessHandle.current().pid())
                     .publishSubscribe(SensorView.class).create();
             Publisher publisher = service.publisher();
             Subscriber subscriber = service.subscriber()) {
            double[] nanos = new double[runs];
            long check = 0;
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                check += views ? viewRounds(publisher, subscriber, rounds) : segmentRounds(publisher, subscriber, rounds);
                nanos[run] = (System.nanoTime() - start) / (double) rounds;
            }
            double[] sorted = nanos.clone();
            Arrays.sort(sorted);
            System.out.printf("%s: ns per round trip, each run %s; median %.0f (check %d)%n", args[0],
                    Arrays.toString(Arrays.stream(nanos).mapToLong(Math::round).toArray()), sorted[runs / 2], check);
        }
    }

    static long viewRounds(Publisher publisher, Subscriber subscriber, int rounds) {
        long sum = 0;
        for (int i = 0; i < rounds; i++) {
            try (LoanedSample sample = publisher.loan()) {
                sample.payload(SensorView::new).timestamp_ns(i).temperature(0.5 * i);
                sample.send();
            }
            try (Sample sample = subscriber.receive()) {
                sum += sample.payload(SensorView::new).timestamp_ns();
            }
        }
        return sum;
    }

    static long segmentRounds(Publisher publisher, Subscriber subscriber, int rounds) {
        long sum = 0;
        for (int i = 0; i < rounds; i++) {
            try (LoanedSample sample = publisher.loan()) {
                sample.payload().set(JAVA_LONG, 0, i);
                sample.send();
            }
            try (Sample sample = subscriber.receive()) {
                sum += sample.payload().get(JAVA_LONG, 0);
            }
        }
        return sum;
    }
}

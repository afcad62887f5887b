package io.ioxschema.runtime;

import java.util.Arrays;

/**
 * A request-response round trip in one process, timed: the client loans, writes and sends a
 * request, the server reads it in place and loans, writes and sends the answer, the client reads
 * it in place; all through views, N times per run. Prints each run's time per round trip and
 * the median. Not a test:
 *
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -cp runtime/target/classes:runtime/target/test-classes \
 *     io.ioxschema.runtime.RequestResponseLoop ROUNDS RUNS
 * </pre>
 */
public final class RequestResponseLoop {

    private RequestResponseLoop() {
    }

    public static void main(String[] args) {
        int rounds = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        try (Node node = Node.builder().name("request-response-loop").create();
             RequestResponseService service = node.service("iox-schema-bench/rr-" + ProcessHandle.current().pid())
                     .requestResponse(AddRequestView.class, AddResponseView.class).create();
             Client client = service.client();
             Server server = service.server()) {
            double[] nanos = new double[runs];
            long check = 0;
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                check += rounds(client, server, rounds);
                nanos[run] = (System.nanoTime() - start) / (double) rounds;
            }
            double[] sorted = nanos.clone();
            Arrays.sort(sorted);
            System.out.printf("request-response: ns per round trip, each run %s; median %.0f (check %d)%n",
                    Arrays.toString(Arrays.stream(nanos).mapToLong(Math::round).toArray()), sorted[runs / 2], check);
        }
    }

    /** {@code rounds} round trips of AddRequest {a: i, b: 1}; returns the sum of the answers. */
    static long rounds(Client client, Server server, int rounds) {
        long sum = 0;
        for (int i = 0; i < rounds; i++) {
            PendingResponse pending;
            try (LoanedRequest request = client.loan()) {
                request.payload(AddRequestView::new).a(i).b(1);
                pending = request.send();
            }
            try (ActiveRequest request = server.receive()) {
                AddRequestView add = request.payload(AddRequestView::new);
                try (LoanedResponse response = request.loan()) {
                    response.payload(AddResponseView::new).sum(add.a() + add.b());
                    response.send();
                }
            }
            try (pending; Response response = pending.receive()) {
                sum += response.payload(AddResponseView::new).sum();
            }
        }
        return sum;
    }
}

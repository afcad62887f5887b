package io.ioxschema.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * A request-response round trip through loans and views (request loaned, sent, read in place,
 * answered through a loaned response, read in place, everything closed) allocates nothing per
 * message, measured as {@link AllocationTest} does for publish-subscribe.
 */
class RequestResponseAllocationTest {

    static final int WARM_UP = 100_000;
    static final int ROUNDS = 50_000;

    @Test
    void theLoanLoopAllocatesNothingPerRoundTrip() {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().threadId();
        try (Node node = Node.builder().name("request-response-allocation-test").create();
             RequestResponseService service = node.service(ServiceNames.unique("rr-allocation"))
                     .requestResponse(AddRequestView.class, AddResponseView.class).create();
             Client client = service.client();
             Server server = service.server()) {
            long expected = 0;
            for (int i = 0; i < WARM_UP; i++) {
                expected += i + 1;
            }
            assertEquals(expected, RequestResponseLoop.rounds(client, server, WARM_UP), "every answer arrived");
            long best = Long.MAX_VALUE;
            for (int attempt = 0; attempt < 5 && best > 0; attempt++) {
                long before = threads.getThreadAllocatedBytes(thread);
                RequestResponseLoop.rounds(client, server, ROUNDS);
                best = Math.min(best, threads.getThreadAllocatedBytes(thread) - before);
            }
            // The counter itself may report a few bytes; one allocation per round trip would be
            // at least 16 bytes x 50,000.
            assertTrue(best < 1024, best + " bytes allocated by " + ROUNDS + " round trips");
        }
    }
}

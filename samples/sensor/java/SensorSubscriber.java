import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import io.ioxschema.runtime.EventService;
import io.ioxschema.runtime.Listener;
import io.ioxschema.runtime.Node;
import io.ioxschema.runtime.PublishSubscribeService;
import io.ioxschema.runtime.Sample;
import io.ioxschema.runtime.Subscriber;
import io.ioxschema.runtime.TypeDetails;
import io.ioxschema.runtime.WaitSet;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The sample's Java subscriber: prints five SensorData messages from "sensor/data", sleeping on
 * a waitset until a publisher notifies the event service "sensor/data". Run like
 * {@code SensorPublisher}; the offsets are those of {@code iox-schema layout sensor.iox}.
 */
public class SensorSubscriber {

    public static void main(String[] args) {
        try (Node cleaner = Node.create()) {
            cleaner.cleanupDeadNodes(); // what killed processes left behind
        }
        try (Node node = Node.builder().name("java-subscriber").create();
             PublishSubscribeService service = node.service("sensor/data")
                     .publishSubscribe(new TypeDetails("SensorData", 56, 8))
                     .userHeader(new TypeDetails("CustomHeader", 16, 8)).historySize(16).subscriberMaxBufferSize(16)
                     .maxPublishers(2).maxSubscribers(8).openOrCreate();
             EventService events = node.service("sensor/data").event().openOrCreate();
             Subscriber subscriber = service.subscriber();
             Listener listener = events.listener();
             WaitSet waitSet = WaitSet.create();
             WaitSet.Attachment attachment = waitSet.attach(listener)) {
            System.out.println("ready");
            int received = 0;
            while (received < 5) {
                waitSet.waitForEvents(Duration.ofSeconds(10));
                listener.tryWait();
                for (Sample sample = subscriber.receive(); sample != null; sample = subscriber.receive()) {
                    try (Sample taken = sample) {
                        byte[] id = taken.payload().asSlice(32, 16).toArray(JAVA_BYTE);
                        System.out.printf("received #%d: %s temperature %s pressure %s status %#x%n",
                                taken.userHeader().get(JAVA_LONG, 0),
                                new String(id, StandardCharsets.US_ASCII).replace("\0", ""),
                                taken.payload().get(JAVA_DOUBLE, 8), taken.payload().get(JAVA_DOUBLE, 16),
                                taken.payload().get(JAVA_INT, 28));
                    }
                    received++;
                }
            }
        }
    }
}

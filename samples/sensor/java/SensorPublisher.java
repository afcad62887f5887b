import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import io.ioxschema.runtime.EventService;
import io.ioxschema.runtime.LoanedSample;
import io.ioxschema.runtime.Node;
import io.ioxschema.runtime.Notifier;
import io.ioxschema.runtime.PublishSubscribeService;
import io.ioxschema.runtime.Publisher;
import io.ioxschema.runtime.TypeDetails;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;

/**
 * The sample's Java publisher: five SensorData messages on "sensor/data", each with a
 * CustomHeader, the listeners of the event service "sensor/data" woken after each. Run with the
 * runtime jar: {@code java --enable-native-access=ALL-UNNAMED -cp iox-schema-runtime.jar SensorPublisher.java}.
 *
 * The offsets are those of {@code iox-schema layout sensor.iox}; until the Java generator lands,
 * they are written out here.
 */
public class SensorPublisher {

    static final TypeDetails SENSOR_DATA = new TypeDetails("SensorData", 56, 8);
    static final TypeDetails CUSTOM_HEADER = new TypeDetails("CustomHeader", 16, 8);

    public static void main(String[] args) throws InterruptedException {
        try (Node cleaner = Node.create()) {
            cleaner.cleanupDeadNodes(); // what killed processes left behind
        }
        try (Node node = Node.builder().name("java-publisher").create();
             PublishSubscribeService service = node.service("sensor/data").publishSubscribe(SENSOR_DATA)
                     .userHeader(CUSTOM_HEADER).historySize(16).subscriberMaxBufferSize(16).maxPublishers(2)
                     .maxSubscribers(8).openOrCreate();
             EventService events = node.service("sensor/data").event().openOrCreate();
             Publisher publisher = service.publisher();
             Notifier notifier = events.notifier()) {
            for (int sequence = 0; sequence < 5; sequence++) {
                double temperature = 21.5 + sequence;
                try (LoanedSample sample = publisher.loan()) {
                    MemorySegment header = sample.userHeader();
                    header.set(JAVA_LONG, 0, sequence);                        // sequence
                    header.set(JAVA_INT, 8, 1);                                // version
                    MemorySegment data = sample.payload();
                    data.set(JAVA_LONG, 0, System.currentTimeMillis() * 1_000_000); // timestamp_ns
                    data.set(JAVA_DOUBLE, 8, temperature);                     // temperature
                    data.set(JAVA_DOUBLE, 16, 101_325.0);                      // pressure
                    data.set(JAVA_FLOAT, 24, 0.5f);                            // humidity
                    data.set(JAVA_INT, 28, 0x1);                               // status: Calibrated
                    byte[] id = "java-0001".getBytes(StandardCharsets.US_ASCII);
                    MemorySegment.copy(id, 0, data, JAVA_BYTE, 32, id.length); // sensor_id
                    sample.send();
                }
                notifier.notifyListeners();
                System.out.println("sent #" + sequence + ": temperature " + temperature);
                Thread.sleep(200);
            }
            Thread.sleep(1000); // let the subscriber take the last sample before this process ends
        }
    }
}

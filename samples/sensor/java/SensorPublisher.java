import common.CustomHeader;
import io.ioxschema.runtime.EventService;
import io.ioxschema.runtime.LoanedSample;
import io.ioxschema.runtime.Node;
import io.ioxschema.runtime.Notifier;
import io.ioxschema.runtime.PublishSubscribeService;
import io.ioxschema.runtime.Publisher;
import java.nio.charset.StandardCharsets;
import sensor.SensorData;
import sensor.SensorDataService;
import sensor.Status;

/**
 * The sample's Java publisher: five SensorData messages on "sensor/data", each with a
 * CustomHeader, the listeners of the event service "sensor/data" woken after each. The classes
 * of sensor.iox come from {@code iox-schema gen --lang java --java-services}; run-pair
 * generates and compiles them, then runs this file with them and the runtime jar on the class
 * path: {@code java --enable-native-access=ALL-UNNAMED -cp RUNTIME_JAR:CLASSES SensorPublisher.java}.
 */
public class SensorPublisher {

    public static void main(String[] args) throws InterruptedException {
        try (Node cleaner = Node.create()) {
            cleaner.cleanupDeadNodes(); // what killed processes left behind
        }
        try (Node node = Node.builder().name("java-publisher").create();
             PublishSubscribeService service = SensorDataService.openOrCreate(node); // the schema's types and QoS
             EventService events = node.service(SensorDataService.NAME).event().openOrCreate();
             Publisher publisher = SensorDataService.publisher(service);
             Notifier notifier = events.notifier()) {
            byte[] id = "java-0001".getBytes(StandardCharsets.US_ASCII);
            for (int sequence = 0; sequence < 5; sequence++) {
                double temperature = 21.5 + sequence;
                try (LoanedSample sample = publisher.loan()) {
                    sample.userHeader(CustomHeader::new).sequence(sequence).version(1);
                    SensorData data = sample.payload(SensorData::new)
                            .timestamp_ns(System.currentTimeMillis() * 1_000_000)
                            .temperature(temperature)
                            .pressure(101_325.0)
                            .humidity(0.5f)
                            .status(Status.with(0, Status.Calibrated));
                    for (int k = 0; k < id.length; k++) {
                        data.sensor_id().set(k, id[k]);
                    }
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

import common.CustomHeader;
import io.ioxschema.runtime.EventService;
import io.ioxschema.runtime.Listener;
import io.ioxschema.runtime.Node;
import io.ioxschema.runtime.PublishSubscribeService;
import io.ioxschema.runtime.Sample;
import io.ioxschema.runtime.Subscriber;
import io.ioxschema.runtime.WaitSet;
import java.time.Duration;
import sensor.SensorData;
import sensor.SensorDataService;

/**
 * The sample's Java subscriber: prints five SensorData messages from "sensor/data", sleeping on
 * a waitset until a publisher notifies the event service "sensor/data". Run like
 * {@code SensorPublisher}.
 */
public class SensorSubscriber {

    public static void main(String[] args) {
        try (Node cleaner = Node.create()) {
            cleaner.cleanupDeadNodes(); // what killed processes left behind
        }
        try (Node node = Node.builder().name("java-subscriber").create();
             PublishSubscribeService service = SensorDataService.openOrCreate(node); // the schema's types and QoS
             EventService events = node.service(SensorDataService.NAME).event().openOrCreate();
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
                        SensorData data = taken.payload(SensorData::new);
                        StringBuilder id = new StringBuilder();
                        for (int k = 0; k < data.sensor_id().length() && data.sensor_id().get(k) != 0; k++) {
                            id.append((char) data.sensor_id().get(k));
                        }
                        System.out.printf("received #%d: %s temperature %s pressure %s status %#x%n",
                                taken.userHeader(CustomHeader::new).sequence(), id, data.temperature(), data.pressure(),
                                data.status());
                    }
                    received++;
                }
            }
        }
    }
}

package io.ioxschema.conformance.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ioxschema.runtime.LoanedSample;
import io.ioxschema.runtime.Node;
import io.ioxschema.runtime.PublishSubscribeService;
import io.ioxschema.runtime.Publisher;
import io.ioxschema.runtime.Sample;
import io.ioxschema.runtime.Subscriber;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sensor.IoxF32Array4;
import sensor.IoxString31;
import sensor.IoxU8Array16;
import sensor.SensorData;
import sensor.Telemetry;

/**
 * Views nested in a generated view (a struct field, an array row, a string) that a caller kept
 * after the sample ended throw, like the top-level view, rather than reach memory that now
 * belongs to another message (or, on a subscriber whose publisher is gone, is unmapped).
 */
class KeptViewTest {

    private Node node;

    @BeforeEach
    void openNode() {
        node = Node.builder().name("kept-view-test").create();
    }

    @AfterEach
    void closeNode() {
        node.close();
    }

    private PublishSubscribeService service(Class<?> payload) {
        return node.service("iox-schema-test/kept-view/" + UUID.randomUUID()).publishSubscribe(payload).create();
    }

    @Test
    void nestedViewsOfASentOrReleasedSampleThrow() {
        try (PublishSubscribeService service = service(Telemetry.class);
             Publisher publisher = service.publisher();
             Subscriber subscriber = service.subscriber()) {
            SensorData writtenReading;
            IoxF32Array4 writtenRow;
            try (LoanedSample loaned = publisher.loan()) {
                Telemetry written = loaned.payload(Telemetry::new);
                writtenReading = written.reading().temperature(21.5);
                writtenRow = written.matrix().get(2).set(3, 4.25f);
                written.label("kept");
                loaned.send();
            }
            assertThrows(IllegalStateException.class, writtenReading::temperature, "a kept nested struct after send");
            assertThrows(IllegalStateException.class, () -> writtenRow.set(0, 1f), "a kept array row after send");

            SensorData readReading;
            IoxF32Array4 readRow;
            IoxString31 readLabel;
            IoxU8Array16 readId;
            try (Sample sample = subscriber.receive()) {
                Telemetry read = sample.payload(Telemetry::new);
                readReading = read.reading();
                readRow = read.matrix().get(2);
                readLabel = read.label();
                readId = readReading.sensor_id();
                assertEquals(21.5, readReading.temperature());
                assertEquals(4.25f, readRow.get(3));
                assertEquals("kept", readLabel.get());
            }
            assertThrows(IllegalStateException.class, readReading::temperature, "a kept nested struct after release");
            assertThrows(IllegalStateException.class, () -> readRow.get(3), "a kept array row after release");
            assertThrows(IllegalStateException.class, readLabel::get, "a kept string after release");
            assertThrows(IllegalStateException.class, () -> readId.get(0), "a view nested two deep after release");
        }
    }

    @Test
    void aKeptNestedViewFollowsItsParentIntoTheNextSample() {
        try (PublishSubscribeService service = service(SensorData.class);
             Publisher publisher = service.publisher();
             Subscriber subscriber = service.subscriber()) {
            SensorData view = new SensorData();
            IoxU8Array16 id = view.sensor_id();
            for (int message = 1; message <= 3; message++) {
                try (LoanedSample loaned = publisher.loan()) {
                    loaned.payload(view).sensor_id().set(0, message);
                    loaned.send();
                }
                try (Sample sample = subscriber.receive()) {
                    sample.payload(view);
                    assertEquals(message, id.get(0), "the kept view reads the current sample");
                }
                assertThrows(IllegalStateException.class, () -> id.get(0), "and throws between samples");
            }
        }
    }
}

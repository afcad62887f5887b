package sensordemo;

import java.lang.foreign.Arena;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import sensor.SensorData;
import sensor.Status;

/**
 * Fills one {@code SensorData} in memory, laid out byte for byte as every other language reads
 * it from iceoryx2's shared memory, and prints it.
 */
public final class SensorDemo {

    private SensorDemo() {
    }

    public static void main(String[] args) {
        try (Arena arena = Arena.ofConfined()) {
            SensorData data = SensorData.allocate(arena)
                    .timestamp_ns(1_700_000_000_000_000_000L)
                    .temperature(21.5)
                    .pressure(101_325.0)
                    .humidity(0.45f)
                    .status(Status.toBits(EnumSet.of(Status.Calibrated, Status.LowBattery)));
            byte[] id = "thermo-01".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < id.length; i++) {
                data.sensor_id().set(i, id[i]);
            }

            System.out.println(data);
            System.out.println("status: " + Status.toSet(data.status()));
            System.out.println(SensorData.TYPE_NAME + ": " + SensorData.SIZE + " bytes, aligned to "
                    + SensorData.ALIGNMENT + ", in a segment of " + data.segment().byteSize());
        }
    }
}

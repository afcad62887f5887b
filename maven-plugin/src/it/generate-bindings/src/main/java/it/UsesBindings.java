package it;

import java.lang.foreign.Arena;
import sensor.Mode;
import sensor.SensorData;
import sensor.Telemetry;

/** Compiles only if the generated classes are on the compile source path. */
final class UsesBindings {

    private UsesBindings() {
    }

    static String describe() {
        try (Arena arena = Arena.ofConfined()) {
            Telemetry telemetry = Telemetry.allocate(arena).mode(Mode.Running);
            telemetry.reading().temperature(20.0);
            return SensorData.TYPE_NAME + " " + telemetry.mode();
        }
    }
}

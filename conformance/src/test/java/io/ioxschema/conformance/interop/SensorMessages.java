package io.ioxschema.conformance.interop;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import common.CustomHeader;
import io.ioxschema.Compilation;
import io.ioxschema.CompileOptions;
import io.ioxschema.SchemaCompiler;
import io.ioxschema.layout.FieldLayout;
import io.ioxschema.layout.Padding;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.layout.StructLayout;
import io.ioxschema.runtime.LoanedSample;
import io.ioxschema.runtime.Sample;
import io.ioxschema.runtime.TypeDetails;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import sensor.IoxF32Vec64;
import sensor.SensorData;
import sensor.Telemetry;

/**
 * The messages every interop peer exchanges, message {@code i} of a run, in Java: writes and
 * checks {@code SensorData}, {@code Telemetry} and {@code CustomHeader} of
 * samples/sensor/sensor.iox through the classes iox-schema generates for them (built with the
 * tests, see the pom), and checks every padding byte at the offsets the compiler computes. The Python and Rust peers
 * (resources interop/peer.py and interop/rust/src/main.rs) compute the same values; a change
 * here needs the same change there.
 */
final class SensorMessages {

    /** The sample schema, relative to the conformance module (the tests' working directory). */
    static final Path SCHEMA = Path.of("..", "samples", "sensor", "sensor.iox").toAbsolutePath().normalize();

    final StructLayout sensor;
    final StructLayout telemetry;
    final StructLayout header;
    private final SchemaLayout layout;

    private SensorMessages(SchemaLayout layout) {
        this.layout = layout;
        this.sensor = struct(layout, "SensorData");
        this.telemetry = struct(layout, "Telemetry");
        this.header = struct(layout, "CustomHeader");
    }

    static SensorMessages load(Path schema) {
        Compilation compilation = SchemaCompiler.compile(schema, CompileOptions.defaults());
        return new SensorMessages(compilation.layout().orElseThrow(() -> new AssertionError(schema + " does not compile: "
                + compilation.diagnostics())));
    }

    static SensorMessages load() {
        return load(SCHEMA);
    }

    SchemaLayout layout() {
        return layout;
    }

    private static StructLayout struct(SchemaLayout layout, String name) {
        return layout.inSchemaOrder().stream().filter(s -> s.struct().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no struct " + name + " in the sample schema"));
    }

    /** The generated class of the payload of a kind of run: "sensor" (SensorData) or "telemetry". */
    static Class<?> payload(String kind) {
        return switch (kind) {
            case "sensor" -> SensorData.class;
            case "telemetry" -> Telemetry.class;
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        };
    }

    // The values of message i, the same in every peer.

    static long timestampNs(int i) {
        return 1_700_000_000_000_000_000L + i;
    }

    static double temperature(int i) {
        return 20.0 + 0.5 * i;
    }

    static double pressure(int i) {
        return 101_325.0 + i;
    }

    static float humidity(int i) {
        return 0.25f * (i % 4);
    }

    static int status(int i) {
        return i % 8; // every combination of Calibrated, Overheated and LowBattery
    }

    static byte[] sensorId(int i) {
        byte[] id = new byte[16];
        byte[] text = String.format("sensor-%04d", i).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, id, 0, text.length);
        return id;
    }

    static int mode(int i) {
        return new int[] {0, 1, 255}[i % 3]; // Idle, Running, Fault
    }

    static String label(int i) {
        return "telemetry #" + i;
    }

    static float[] samples(int i) {
        float[] samples = new float[i + 1];
        for (int k = 0; k < samples.length; k++) {
            samples[k] = k * 0.5f + i;
        }
        return samples;
    }

    static float matrix(int i, int row, int column) {
        return row * 4 + column + i;
    }

    /** The u128 counter, 2^100 + i, as its low and high 64 bits. */
    static long counterLow(int i) {
        return i;
    }

    static long counterHigh(int i) {
        return 1L << 36;
    }

    static final int HEADER_VERSION = 3;

    // Writing, through the generated views (the loan is zeroed: what is not written stays 0).

    /** Writes message i of a run of {@code kind} into a loaned sample: user header and payload. */
    void write(String kind, LoanedSample sample, int i) {
        writeHeader(sample.userHeader(CustomHeader::new), i);
        if (kind.equals("sensor")) {
            writeSensor(sample.payload(SensorData::new), i);
        } else {
            writeTelemetry(sample.payload(Telemetry::new), i);
        }
    }

    static void writeHeader(CustomHeader header, int i) {
        header.sequence(i).version(HEADER_VERSION)._reserved(0);
    }

    static void writeSensor(SensorData sensor, int i) {
        sensor.timestamp_ns(timestampNs(i)).temperature(temperature(i)).pressure(pressure(i)).humidity(humidity(i))
                .status(status(i));
        byte[] id = sensorId(i);
        for (int k = 0; k < id.length; k++) {
            sensor.sensor_id().set(k, Byte.toUnsignedInt(id[k]));
        }
    }

    static void writeTelemetry(Telemetry telemetry, int i) {
        telemetry.modeRaw(mode(i)).label(label(i));
        IoxF32Vec64 samples = telemetry.samples().clear();
        for (float value : samples(i)) {
            samples.add(value);
        }
        for (int row = 0; row < 4; row++) {
            for (int column = 0; column < 4; column++) {
                telemetry.matrix().get(row).set(column, matrix(i, row, column));
            }
        }
        telemetry.counter().set(counterLow(i), counterHigh(i));
        writeSensor(telemetry.reading(), i);
    }

    // Checking, through the generated views: every field, and every padding byte zero (from the
    // compiler's layout). Returns what differs.

    /** Checks message i of a run of {@code kind} in a received sample: user header and payload. */
    List<String> check(String kind, Sample sample, int i) {
        List<String> problems = new ArrayList<>(checkHeader(sample.userHeader(CustomHeader::new), i));
        if (kind.equals("sensor")) {
            problems.addAll(checkSensor(sample.payload(SensorData::new), i));
        } else {
            problems.addAll(checkTelemetry(sample.payload(Telemetry::new), i));
        }
        return problems;
    }

    List<String> checkHeader(CustomHeader header, int i) {
        Check check = new Check("CustomHeader of message " + i);
        check.equal("sequence", (long) i, header.sequence());
        check.equal("version", (long) HEADER_VERSION, header.version());
        check.equal("_reserved", 0L, header._reserved());
        return check.problems;
    }

    List<String> checkSensor(SensorData sensor, int i) {
        Check check = new Check("sensor message " + i);
        checkSensor(check, "", sensor, i);
        checkPadding(check, this.sensor, sensor.segment());
        return check.problems;
    }

    private static void checkSensor(Check check, String prefix, SensorData s, int i) {
        check.equal(prefix + "timestamp_ns", timestampNs(i), s.timestamp_ns());
        check.equal(prefix + "temperature", temperature(i), s.temperature());
        check.equal(prefix + "pressure", pressure(i), s.pressure());
        check.equal(prefix + "humidity", humidity(i), s.humidity());
        check.equal(prefix + "status", (long) status(i), s.status());
        List<Integer> id = new ArrayList<>();
        for (byte b : sensorId(i)) {
            id.add(Byte.toUnsignedInt(b));
        }
        check.equal(prefix + "sensor_id", id, s.sensor_id().toList());
        check.equal(prefix + "_reserved", List.of(0, 0, 0, 0, 0, 0, 0, 0), s._reserved().toList());
    }

    List<String> checkTelemetry(Telemetry t, int i) {
        Check check = new Check("telemetry message " + i);
        check.equal("mode", mode(i), t.modeRaw());
        check.equal("label", label(i), t.label().get());
        float[] expected = samples(i);
        check.equal("samples", java.util.Arrays.toString(expected), java.util.Arrays.toString(t.samples().toArray()));
        for (int row = 0; row < 4; row++) {
            for (int column = 0; column < 4; column++) {
                check.equal("matrix[" + row + "][" + column + "]", matrix(i, row, column), t.matrix().get(row).get(column));
            }
        }
        check.equal("counter (low 64 bits)", counterLow(i), t.counter().low());
        check.equal("counter (high 64 bits)", counterHigh(i), t.counter().high());
        checkSensor(check, "reading.", t.reading(), i);
        MemorySegment bytes = t.segment();
        checkPadding(check, telemetry, bytes);
        FieldLayout label = telemetry.field("label");
        long length = t.label().length();
        check.equal("label terminator", (byte) 0, bytes.get(JAVA_BYTE, label.offset() + length));
        checkPadding(check, sensor, bytes.asSlice(off(telemetry, "reading"), sensor.size()));
        return check.problems;
    }

    private static void checkPadding(Check check, StructLayout struct, MemorySegment segment) {
        for (Padding hole : struct.padding()) {
            byte[] bytes = segment.asSlice(hole.offset(), hole.size()).toArray(JAVA_BYTE);
            check.equal(struct.struct().name() + " padding at " + hole.offset(), List.of(box(new byte[bytes.length])),
                    List.of(box(bytes)));
        }
    }

    private static long off(StructLayout struct, String field) {
        return struct.field(field).offset();
    }

    private static List<Byte> box(byte[] bytes) {
        List<Byte> boxed = new ArrayList<>(bytes.length);
        for (byte b : bytes) {
            boxed.add(b);
        }
        return boxed;
    }

    /** Collects mismatches instead of stopping at the first. */
    private static final class Check {
        final String what;
        final List<String> problems = new ArrayList<>();

        Check(String what) {
            this.what = what;
        }

        void equal(String field, Object expected, Object actual) {
            if (!expected.equals(actual)) {
                problems.add(what + ": " + field + " is " + actual + ", expected " + expected);
            }
        }
    }
}

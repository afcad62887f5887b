package io.ioxschema.conformance.interop;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import io.ioxschema.Compilation;
import io.ioxschema.CompileOptions;
import io.ioxschema.SchemaCompiler;
import io.ioxschema.layout.FieldLayout;
import io.ioxschema.layout.Padding;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.layout.StructLayout;
import io.ioxschema.runtime.TypeDetails;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages every interop peer exchanges, message {@code i} of a run, in Java: writes and
 * checks {@code SensorData}, {@code Telemetry} and {@code CustomHeader} of
 * samples/sensor/sensor.iox at the offsets the compiler computes. The Python and Rust peers
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

    static TypeDetails details(StructLayout struct) {
        return new TypeDetails(struct.struct().typeName(), struct.size(), struct.alignment());
    }

    /** The payload type of a kind of run: "sensor" (SensorData) or "telemetry". */
    StructLayout payload(String kind) {
        return switch (kind) {
            case "sensor" -> sensor;
            case "telemetry" -> telemetry;
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

    // Writing, at `base` in `segment`.

    void writeHeader(MemorySegment segment, int i) {
        segment.set(JAVA_LONG, off(header, "sequence"), i);
        segment.set(JAVA_INT, off(header, "version"), HEADER_VERSION);
        segment.set(JAVA_INT, off(header, "_reserved"), 0);
    }

    void writeSensor(MemorySegment segment, long base, int i) {
        segment.set(JAVA_LONG, base + off(sensor, "timestamp_ns"), timestampNs(i));
        segment.set(JAVA_DOUBLE, base + off(sensor, "temperature"), temperature(i));
        segment.set(JAVA_DOUBLE, base + off(sensor, "pressure"), pressure(i));
        segment.set(JAVA_FLOAT, base + off(sensor, "humidity"), humidity(i));
        segment.set(JAVA_INT, base + off(sensor, "status"), status(i));
        MemorySegment.copy(sensorId(i), 0, segment, JAVA_BYTE, base + off(sensor, "sensor_id"), 16);
        segment.asSlice(base + off(sensor, "_reserved"), 8).fill((byte) 0);
    }

    void writeTelemetry(MemorySegment segment, int i) {
        segment.set(JAVA_BYTE, off(telemetry, "mode"), (byte) mode(i));
        FieldLayout label = telemetry.field("label");
        byte[] text = label(i).getBytes(StandardCharsets.UTF_8);
        MemorySegment.copy(text, 0, segment, JAVA_BYTE, label.offset(), text.length);
        segment.set(JAVA_BYTE, label.offset() + text.length, (byte) 0);
        segment.set(JAVA_LONG, label.offset() + layout.lengthOffset(label.field().type()), text.length);
        FieldLayout samples = telemetry.field("samples");
        float[] values = samples(i);
        MemorySegment.copy(values, 0, segment, JAVA_FLOAT, samples.offset(), values.length);
        segment.set(JAVA_LONG, samples.offset() + layout.lengthOffset(samples.field().type()), values.length);
        long matrix = off(telemetry, "matrix");
        for (int row = 0; row < 4; row++) {
            for (int column = 0; column < 4; column++) {
                segment.set(JAVA_FLOAT, matrix + (row * 4L + column) * 4, matrix(i, row, column));
            }
        }
        long counter = off(telemetry, "counter");
        segment.set(JAVA_LONG, counter, counterLow(i));
        segment.set(JAVA_LONG, counter + 8, counterHigh(i));
        writeSensor(segment, off(telemetry, "reading"), i);
    }

    void writePayload(String kind, MemorySegment payload, int i) {
        if (kind.equals("sensor")) {
            writeSensor(payload, 0, i);
        } else {
            writeTelemetry(payload, i);
        }
    }

    // Checking: every field, and every padding byte zero. Returns what differs.

    List<String> checkHeader(MemorySegment segment, int i) {
        Check check = new Check("CustomHeader of message " + i);
        check.equal("sequence", (long) i, segment.get(JAVA_LONG, off(header, "sequence")));
        check.equal("version", HEADER_VERSION, segment.get(JAVA_INT, off(header, "version")));
        check.equal("_reserved", 0, segment.get(JAVA_INT, off(header, "_reserved")));
        return check.problems;
    }

    List<String> checkPayload(String kind, MemorySegment payload, int i) {
        Check check = new Check(kind + " message " + i);
        if (kind.equals("sensor")) {
            checkSensor(check, "", payload, 0, i);
            checkPadding(check, sensor, payload, 0);
        } else {
            checkTelemetry(check, payload, i);
        }
        return check.problems;
    }

    private void checkSensor(Check check, String prefix, MemorySegment s, long base, int i) {
        check.equal(prefix + "timestamp_ns", timestampNs(i), s.get(JAVA_LONG, base + off(sensor, "timestamp_ns")));
        check.equal(prefix + "temperature", temperature(i), s.get(JAVA_DOUBLE, base + off(sensor, "temperature")));
        check.equal(prefix + "pressure", pressure(i), s.get(JAVA_DOUBLE, base + off(sensor, "pressure")));
        check.equal(prefix + "humidity", humidity(i), s.get(JAVA_FLOAT, base + off(sensor, "humidity")));
        check.equal(prefix + "status", status(i), s.get(JAVA_INT, base + off(sensor, "status")));
        check.equal(prefix + "sensor_id", List.of(box(sensorId(i))),
                List.of(box(s.asSlice(base + off(sensor, "sensor_id"), 16).toArray(JAVA_BYTE))));
        check.equal(prefix + "_reserved", List.of(box(new byte[8])),
                List.of(box(s.asSlice(base + off(sensor, "_reserved"), 8).toArray(JAVA_BYTE))));
    }

    private void checkTelemetry(Check check, MemorySegment t, int i) {
        check.equal("mode", mode(i), Byte.toUnsignedInt(t.get(JAVA_BYTE, off(telemetry, "mode"))));
        FieldLayout label = telemetry.field("label");
        long length = t.get(JAVA_LONG, label.offset() + layout.lengthOffset(label.field().type()));
        check.equal("label length", (long) label(i).getBytes(StandardCharsets.UTF_8).length, length);
        if (length >= 0 && length <= 31) {
            check.equal("label", label(i), new String(t.asSlice(label.offset(), length).toArray(JAVA_BYTE), StandardCharsets.UTF_8));
            check.equal("label terminator", (byte) 0, t.get(JAVA_BYTE, label.offset() + length));
        }
        FieldLayout samples = telemetry.field("samples");
        long count = t.get(JAVA_LONG, samples.offset() + layout.lengthOffset(samples.field().type()));
        float[] expected = samples(i);
        check.equal("samples length", (long) expected.length, count);
        if (count >= 0 && count <= 64) {
            float[] actual = t.asSlice(samples.offset(), count * 4).toArray(JAVA_FLOAT);
            check.equal("samples", java.util.Arrays.toString(expected), java.util.Arrays.toString(actual));
        }
        long matrix = off(telemetry, "matrix");
        for (int row = 0; row < 4; row++) {
            for (int column = 0; column < 4; column++) {
                check.equal("matrix[" + row + "][" + column + "]", matrix(i, row, column),
                        t.get(JAVA_FLOAT, matrix + (row * 4L + column) * 4));
            }
        }
        long counter = off(telemetry, "counter");
        check.equal("counter (low 64 bits)", counterLow(i), t.get(JAVA_LONG, counter));
        check.equal("counter (high 64 bits)", counterHigh(i), t.get(JAVA_LONG, counter + 8));
        long reading = off(telemetry, "reading");
        checkSensor(check, "reading.", t, reading, i);
        checkPadding(check, telemetry, t, 0);
        checkPadding(check, sensor, t, reading);
    }

    private static void checkPadding(Check check, StructLayout struct, MemorySegment segment, long base) {
        for (Padding hole : struct.padding()) {
            byte[] bytes = segment.asSlice(base + hole.offset(), hole.size()).toArray(JAVA_BYTE);
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

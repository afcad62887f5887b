package io.ioxschema.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The workload the launcher records into its JVM start-up cache (an AOT cache or AppCDS
 * archive, see {@code ./iox-schema}): what a typical run loads, links and compiles, so that
 * later runs find it ready. It runs every command on a schema that uses every type feature,
 * on an invalid one, and with bad arguments, discarding all output. Not for users.
 */
public final class StartupTraining {

    private static final String IMPORTED = """
            package common;
            /// A header.
            @type_name("Header")
            struct Header { sequence: u64; version: u32; _reserved: u32; }
            """;

    private static final String VALID = """
            package training;
            import "common.iox";
            const LEN = 4 * 4;
            /// A mode.
            enum Mode : u8 { Idle = 0, Running = 1, Fault = 0xff }
            flags Bits : u64 { A = 1 << 0, B = 0b10, Top = 0x8000_0000_0000_0000 }
            @type_name("Sample")
            struct Sample {
                t: u64;     /// time
                x: f64; y: f32; z: i16; ok: bool; mode: Mode; bits: Bits;
                id: [u8; LEN]; grid: [[f32; 2]; 3];
                name: string<31>; values: vec<i32, 8>;
                @align(16) big: u128;
                head: Header;
            }
            @align(64)
            struct Wide { a: i8; b: Sample; }
            service "t/data" publish_subscribe { payload: Sample; user_header: Header; history_size: 4; }
            service "t/call" request_response { request: Sample; response: Wide; }
            service "t/event" event;
            """;

    private static final String INVALID = """
            package broken;
            struct Empty {}
            struct A { x: Missing; y: [u8; 0]; z: u8; z: u16; }
            enum E : u8 { Big = 256 }
            @align(3) struct B { b: A; }
            struct C { c: C; }
            struct D { d: u32
            """;

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("iox-schema-training");
        try {
            Path valid = write(dir, "training.iox", VALID);
            write(dir, "common.iox", IMPORTED);
            Path invalid = write(dir, "broken.iox", INVALID);
            List<List<String>> runs = List.of(
                    List.of("layout", valid.toString()),
                    List.of("layout", "--format", "json", valid.toString()),
                    List.of("layout", "--target", "i686-linux", valid.toString(), "Sample"),
                    List.of("check", valid.toString()),
                    List.of("check", invalid.toString()),
                    List.of("layout", invalid.toString()),
                    List.of("check", dir.resolve("missing.iox").toString()),
                    // --check writes nothing; it still runs every generator.
                    List.of("gen", "--lang", "all", "--check", "--out", dir.resolve("gen").toString(),
                            valid.toString()),
                    List.of("--help"),
                    List.of("layout", "--help"),
                    List.of("--version"),
                    List.of("layout", "--format", "xml", valid.toString()),
                    List.of("--bogus"));
            Terminal.detect();
            // Some rounds in colour, so the colour paths are cached too; repeated rounds
            // give the JIT profiles to record.
            for (int round = 0; round < 3; round++) {
                for (List<String> run : runs) {
                    PrintWriter discard = new PrintWriter(Writer.nullWriter());
                    Main.run(new Streams(discard, discard, round == 0, round == 0), run.toArray(String[]::new));
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(StartupTraining::delete);
            }
        }
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

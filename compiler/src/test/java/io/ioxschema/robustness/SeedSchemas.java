package io.ioxschema.robustness;

import io.ioxschema.source.SourceFile;
import io.ioxschema.testing.Fixtures;
import io.ioxschema.testing.RandomSchemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Valid schemas to break: the sample, the valid fixtures, a few written here for the corners
 * of the grammar, and random ones. Files keep their paths, so mutants still resolve imports.
 */
final class SeedSchemas {

    private static final Path SAMPLE = Path.of("..", "samples", "sensor", "sensor.iox");
    private static final int RANDOM_SEEDS = 8;

    private static final List<String> EMBEDDED = List.of("""
            package demo.all;
            const N = 4;
            const MASK: u64 = 0x8000_0000_0000_0000 | (1 << 3) ^ ~0b1010 & 0xff;
            const NEG: i16 = -(N * 8 - 1) % 7 + (100 / 3) >> 1;
            /// A doc comment.
            enum Mode : i8 { A = -128, B, C = 127 }
            flags Bits : u64 { Low, Mid = 1 << 20, High = 0x8000000000000000 }
            @type_name("all::Wide")
            @align(32)
            struct Wide {
                @align(16) big: u128;         /// trailing doc
                m: Mode;
                b: Bits;
                grid: [[i128; N]; 2];
                name: string<N>;
                items: vec<Inner, N>;
                _pad: [u8; 3];
            }
            struct Inner { x: f32; y: f64; ok: bool; }
            service "demo/wide" publish_subscribe { payload: Wide; user_header: Inner; history_size: N; }
            service "demo/rr" request_response { request: Inner; response: Wide; max_clients: 2; }
            service "demo/ev" event { event_id_max_value: 255; }
            """, """
            struct A { b: B; c: vec<vec<string<3>, 2>, 2>; }
            struct B { x: [u8; 1]; }
            /* block comment */ const L = 16;
            """, """
            package p;
            enum E : u8 { X, Y, Z, }
            struct S { e: E; f: [E; 3]; }
            """);

    private SeedSchemas() {
    }

    /** Every seed; the valid fixtures are read where they are, so their imports resolve. */
    static List<SourceFile> all(Path workDir) {
        List<SourceFile> seeds = new ArrayList<>();
        if (Files.isRegularFile(SAMPLE)) {
            seeds.add(read(SAMPLE));
        }
        Fixtures.valid().forEach(p -> seeds.add(read(p)));
        for (int i = 0; i < EMBEDDED.size(); i++) {
            seeds.add(new SourceFile(workDir.resolve("embedded" + i + ".iox"), "embedded" + i + ".iox",
                    EMBEDDED.get(i)));
        }
        Random random = new Random(20240601);
        for (int i = 0; i < RANDOM_SEEDS; i++) {
            seeds.add(new SourceFile(workDir.resolve("random" + i + ".iox"), "random" + i + ".iox",
                    RandomSchemas.generate(random, i % 2 == 0)));
        }
        return List.copyOf(seeds);
    }

    private static SourceFile read(Path path) {
        try {
            return new SourceFile(path, path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

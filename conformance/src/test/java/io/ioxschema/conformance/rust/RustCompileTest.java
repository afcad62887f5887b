package io.ioxschema.conformance.rust;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every valid fixture's generated Rust, in one crate, built and linted with warnings as
 * errors: without the iceoryx2 feature (the code needs nothing but core), and with the real
 * iceoryx2 crate, where a cargo test also runs the derived types through iceoryx2 itself.
 * The layout assertions in the generated code run as part of every build.
 */
class RustCompileTest {

    private static RustCrate crate;

    @BeforeAll
    static void writeCrate() {
        crate = RustCrate.ofAllFixtures().write();
    }

    @Test
    void compilesWithoutWarningsAndPassesClippyAndRustdocWithoutIceoryx2() {
        RustToolchain.runCargo(crate.dir, "build", "--locked");
        RustToolchain.runCargo(crate.dir, "clippy", "--locked", "--all-targets", "--", "-D", "warnings");
        RustToolchain.runCargo(crate.dir, "doc", "--locked", "--no-deps");
    }

    @Test
    void compilesWithIceoryx2AndServicesSeeTheSchemasTypeNamesSizesAndAlignments() {
        RustToolchain.runCargo(crate.dir, "build", "--locked", "--features", "iceoryx2");
        RustToolchain.runCargo(crate.dir, "clippy", "--locked", "--all-targets", "--features", "iceoryx2", "--", "-D",
                "warnings");
        String output = RustToolchain.runCargo(crate.dir, "test", "--locked", "--features", "iceoryx2", "--tests");
        org.junit.jupiter.api.Assertions.assertTrue(output.contains("test result: ok. 4 passed"),
                () -> "expected the 4 iceoryx2 tests to run and pass:\n" + output);
    }
}

package io.ioxschema.conformance.rust;

import io.ioxschema.conformance.support.Processes;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the Rust tests find cargo and rustc, and where cargo builds: the places
 * {@code conformance/toolchains/rust.sh} sets up. A missing toolchain fails the test with a
 * pointer to that script, never skips it.
 */
final class RustToolchain {

    static final String SETUP = "conformance/toolchains/rust.sh";
    /** The crate manifest and lock file the tests build with, shared with the setup script. */
    static final Path CRATE_FILES = Path.of("toolchains", "rust").toAbsolutePath();

    private RustToolchain() {
    }

    static String cargo() {
        return tool("cargo");
    }

    static String rustc() {
        return tool("rustc");
    }

    /** Shared by every run, outside the checkout, so iceoryx2 is compiled once per machine. */
    static Path targetDir() {
        String configured = System.getenv("IOX_SCHEMA_CARGO_TARGET");
        return configured != null ? Path.of(configured) : cacheHome().resolve("iox-schema").resolve("cargo-target");
    }

    /** A cargo command line with the environment every run shares (changing RUSTFLAGS would rebuild everything). */
    static String runCargo(Path crate, String... arguments) {
        List<String> command = new ArrayList<>(List.of("env", "CARGO_TARGET_DIR=" + targetDir(),
                "RUSTFLAGS=-D warnings", "RUSTDOCFLAGS=-D warnings", "PATH=" + binDir() + File.pathSeparator + System.getenv("PATH"), cargo()));
        command.addAll(List.of(arguments));
        return Processes.run(crate, command, 900);
    }

    private static String tool(String name) {
        Path installed = binDir().resolve(name);
        if (Files.isExecutable(installed)) {
            return installed.toString();
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name).toString();
            }
        }
        throw new AssertionError(name + " not found in " + binDir() + " nor on PATH: run " + SETUP);
    }

    private static Path binDir() {
        String cargoHome = System.getenv("CARGO_HOME");
        return (cargoHome != null ? Path.of(cargoHome) : Path.of(System.getProperty("user.home"), ".cargo"))
                .resolve("bin");
    }

    private static Path cacheHome() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        return xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    }
}

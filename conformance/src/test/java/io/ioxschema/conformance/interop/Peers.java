package io.ioxschema.conformance.interop;

import io.ioxschema.conformance.python.PythonToolchain;
import io.ioxschema.conformance.support.Bindings;
import io.ioxschema.conformance.support.Processes;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the peers of the interop tests runnable, once per test class: the Python peer with the
 * generated Python bindings, the Rust peer built with cargo against the generated Rust
 * bindings, and the Java peer, a JVM on the test class path.
 */
final class Peers {

    private static final String RESOURCES = "/io/ioxschema/conformance/interop/";

    private final Path root;
    private final SensorMessages messages;
    private Path pythonScript;
    private Path rustBinary;

    Peers(Path root, SensorMessages messages) {
        this.root = root;
        this.messages = messages;
    }

    /** The command that runs a peer in {@code language} with the peer arguments. */
    List<String> command(String language, String role, String kind, String service, int count) {
        List<String> command = new ArrayList<>(switch (language) {
            case "python" -> List.of(PythonToolchain.python(), "-W", "error", python().toString(), root.toString());
            case "rust" -> List.of(rust().toString());
            case "java" -> List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                    JavaPeer.class.getName(), SensorMessages.SCHEMA.toString());
            default -> throw new IllegalArgumentException("no peer in " + language);
        });
        command.addAll(List.of(role, kind, service, Integer.toString(count)));
        return command;
    }

    Path root() {
        return root;
    }

    /** The Python peer that opens "sensor/data" through the generated entry point (entry_peer.py). */
    List<String> pythonEntryPeer(long sequence) {
        python();
        Path script = copy("entry_peer.py", root.resolve("entry_peer.py"));
        return List.of(PythonToolchain.python(), "-W", "error", script.toString(), root.toString(), Long.toString(sequence));
    }

    /** The Rust peer's {@code add-server} role: answers {@code count} requests of "calc/add" (generated function). */
    List<String> rustAddServer(int count) {
        return List.of(rust().toString(), "add-server", "sensor", "-", Integer.toString(count));
    }

    /** The Rust peer's {@code add-client} role: asks "calc/add" {@code count} times through loans (generated function). */
    List<String> rustAddClient(int count) {
        return List.of(rust().toString(), "add-client", "sensor", "-", Integer.toString(count));
    }

    /** The Rust peer's {@code entry-publish} role: publishes on "sensor/data" through the generated function. */
    List<String> rustEntryPeer(long sequence, int count) {
        return List.of(rust().toString(), "entry-publish", "sensor", Long.toString(sequence), Integer.toString(count));
    }

    private synchronized Path python() {
        if (pythonScript == null) {
            Bindings.write(messages.layout(), "python", root.resolve("sensorgen"));
            pythonScript = copy("peer.py", root.resolve("peer.py"));
        }
        return pythonScript;
    }

    /**
     * Builds the Rust peer: the crate from the test resources plus the generated modules in
     * src/schema, in the cargo target folder of the runtime's native library (same iceoryx2,
     * same profile, so iceoryx2 is compiled once for both).
     */
    private synchronized Path rust() {
        if (rustBinary == null) {
            Path crate = Path.of("target", "interop-rust-peer").toAbsolutePath();
            copy("rust/Cargo.toml", crate.resolve("Cargo.toml"));
            copy("rust/Cargo.lock", crate.resolve("Cargo.lock"));
            copy("rust/src/main.rs", crate.resolve("src/main.rs"));
            Bindings.write(messages.layout(), "rust", crate.resolve("src/schema"));
            writeString(crate.resolve("src/schema/mod.rs"), "pub mod iox_support;\npub mod common;\npub mod sensor;\n");
            Path target = cargoTarget();
            Processes.run(crate, List.of("env", "CARGO_TARGET_DIR=" + target, "PATH=" + cargoBin() + File.pathSeparator
                    + System.getenv("PATH"), "cargo", "build", "--release", "--locked", "--quiet"), 1200);
            rustBinary = target.resolve("release").resolve("iox_schema_interop_peer");
        }
        return rustBinary;
    }

    /** Where runtime/native/build.sh builds; the same variable and default. */
    private static Path cargoTarget() {
        String configured = System.getenv("IOX_SCHEMA_RUNTIME_CARGO_TARGET");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String cache = System.getenv("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("iox-schema").resolve("cargo-target-runtime");
    }

    private static Path cargoBin() {
        String cargoHome = System.getenv("CARGO_HOME");
        return (cargoHome != null ? Path.of(cargoHome) : Path.of(System.getProperty("user.home"), ".cargo")).resolve("bin");
    }

    private static Path copy(String resource, Path target) {
        try (InputStream in = Peers.class.getResourceAsStream(RESOURCES + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCES + resource);
            }
            return writeBytes(target, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path writeString(Path target, String text) {
        return writeBytes(target, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Writes unless the content is the same (so cargo sees no change and does not rebuild). */
    private static Path writeBytes(Path target, byte[] bytes) {
        try {
            Files.createDirectories(target.getParent());
            if (!Files.exists(target) || !java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
                Files.write(target, bytes);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

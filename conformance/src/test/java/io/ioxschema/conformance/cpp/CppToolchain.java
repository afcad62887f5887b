package io.ioxschema.conformance.cpp;

import io.ioxschema.conformance.support.Processes;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The C++ compiler the tests run: {@code $IOX_SCHEMA_CXX} if set, else {@code g++} on the
 * PATH. Missing, it fails the test with the setup script to run; it never skips.
 */
final class CppToolchain {

    static final String SETUP_SCRIPT = "conformance/toolchains/cpp.sh";

    /** The flags users of the generated headers are promised a clean build with. */
    static final List<String> STRICT_FLAGS = List.of("-std=c++17", "-Wall", "-Wextra", "-Werror", "-pedantic");

    private CppToolchain() {
    }

    static String compiler() {
        String configured = System.getenv("IOX_SCHEMA_CXX");
        if (configured != null && !configured.isBlank()) {
            if (!Files.isExecutable(Path.of(configured))) {
                throw new AssertionError("IOX_SCHEMA_CXX=" + configured + " is not an executable; run "
                        + SETUP_SCRIPT);
            }
            return configured;
        }
        return onPath("g++").orElseThrow(() -> new AssertionError(
                "g++ not found on the PATH (or set IOX_SCHEMA_CXX); run " + SETUP_SCRIPT));
    }

    /** {@code compiler STRICT_FLAGS extra...} */
    static List<String> command(String... extra) {
        List<String> command = new ArrayList<>();
        command.add(compiler());
        command.addAll(STRICT_FLAGS);
        command.addAll(List.of(extra));
        return command;
    }

    /** Fails with the setup script to run when g++ cannot compile for {@code machine} (-m32 needs multilib). */
    static void requireMachine(Path workDir, String machine) {
        try {
            Path probe = Files.writeString(workDir.resolve("machine_probe.cpp"), "#include <array>\n#include <cstdint>\n");
            Processes.run(workDir, command(machine, "-fsyntax-only", probe.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (AssertionError e) {
            throw new AssertionError("g++ cannot compile for " + machine + "; run " + SETUP_SCRIPT + "\n"
                    + e.getMessage(), e);
        }
    }

    private static Optional<String> onPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).filter(d -> !d.isEmpty()).map(d -> Path.of(d, name))
                .filter(Files::isExecutable).map(Path::toString).findFirst();
    }
}

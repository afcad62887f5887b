package io.ioxschema.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a target's gcc to turn C into assembly. Nothing is linked or run, so cross compilers
 * serve as well as the host's. A missing compiler fails the test: a layout check that
 * silently skips a target would hide exactly the bugs it exists for.
 */
final class Gcc {

    /** Strict C11, no libc headers (so no multilib or sysroot is needed), no optimisation to reorder data. */
    private static final List<String> FLAGS = List.of("-std=c11", "-ffreestanding", "-O0", "-Wall", "-Werror", "-S");
    private static final long TIMEOUT_SECONDS = 120;

    private Gcc() {
    }

    /** Fails, naming the compiler and its Debian package, unless the target's gcc is installed and works. */
    static void requireInstalled(GccTarget target) {
        if (findOnPath(target.executable()).isEmpty()) {
            fail(target.executable() + " is not installed (not found on PATH), but the layout conformance test"
                    + " needs it for target " + target.name() + ". Install it with: apt-get install "
                    + target.aptPackage());
        }
    }

    /** Compiles {@code source} (written to {@code dir/name.c}) to assembly and returns the assembly text. */
    static String assemble(GccTarget target, String source, Path dir, String name) {
        try {
            Files.createDirectories(dir);
            Path c = dir.resolve(name + ".c");
            Path s = dir.resolve(name + ".s");
            Files.writeString(c, source);
            Files.deleteIfExists(s);
            List<String> command = new ArrayList<>(target.command());
            command.addAll(FLAGS);
            command.addAll(List.of("-o", s.toString(), c.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                fail(String.join(" ", command) + " failed (exit " + process.exitValue() + ") for target "
                        + target.name() + "; the emitted C is in " + c.toAbsolutePath() + ":\n" + output);
            }
            return Files.readString(s);
        } catch (IOException e) {
            throw new UncheckedIOException("running " + target.executable() + " for " + target.name(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + target.executable(), e);
        }
    }

    private static Optional<Path> findOnPath(String executable) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, executable);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}

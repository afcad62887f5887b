package io.ioxschema.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line in this JVM with its output captured, as the tests' one entry point. */
final class Cli {

    /** What one run left behind: the exit code and everything written to stdout and stderr. */
    record Result(int exitCode, String out, String err) {

        /** Usage errors and bad input end in a message, never in a stack trace. */
        Result assertNoStackTrace() {
            assertFalse(err.contains("\tat ") || err.contains("Exception") || out.contains("\tat "),
                    () -> "stack trace in output:\n" + this);
            return this;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    /** The repository's root: the tests run in cli/, but the sample and scripts live above it. */
    static Path repoRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("samples/sensor/sensor.iox"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no samples/sensor/sensor.iox above " + Path.of("").toAbsolutePath());
    }

    static String sample() {
        return repoRoot().resolve("samples/sensor/sensor.iox").toString();
    }
}

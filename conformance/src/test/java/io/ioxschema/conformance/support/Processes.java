package io.ioxschema.conformance.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a toolchain command and fails the test with its output when it does not succeed. */
public final class Processes {

    private Processes() {
    }

    public static String run(Path workDir, List<String> command) {
        return run(workDir, command, 300);
    }

    public static String run(Path workDir, List<String> command, int timeoutSeconds) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timed out after " + timeoutSeconds + " s: " + String.join(" ", command));
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new AssertionError("command failed (exit " + process.exitValue() + ") in " + workDir + ": "
                        + String.join(" ", command) + "\n" + text);
            }
            return text;
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command.getFirst() + " (is it installed? CI installs it in"
                    + " .ci/run): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted: " + String.join(" ", command), e);
        }
    }
}

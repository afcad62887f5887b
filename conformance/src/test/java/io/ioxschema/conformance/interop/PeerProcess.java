package io.ioxschema.conformance.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A peer of an interop test: another OS process (Python, Rust or Java) that speaks the line
 * protocol of the peers on its standard output: {@code ready} once a subscriber is listening,
 * {@code sent N} after publishing, {@code ok N} after receiving and checking, {@code holding}
 * when it keeps a sample. A publisher stays until its standard input closes, so its samples
 * are still there while the test receives them.
 */
final class PeerProcess implements AutoCloseable {

    private final List<String> command;
    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private PeerProcess(List<String> command, Path workDir) {
        this.command = List.copyOf(command);
        try {
            this.process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + String.join(" ", command), e);
        }
        this.reader = Thread.ofPlatform().daemon().name("peer-output").start(this::readOutput);
    }

    static PeerProcess start(List<String> command, Path workDir) {
        return new PeerProcess(command, workDir);
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the process ended; what it printed is kept
        }
    }

    /** Waits for a line starting with {@code prefix}; fails with everything the peer printed. */
    String awaitLine(String prefix, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            while (true) {
                for (String line : lines) {
                    if (line.startsWith(prefix)) {
                        return line;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
                    throw new AssertionError("the peer did not print \"" + prefix + "\" within " + timeout + describe());
                }
                try {
                    lines.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            }
        }
    }

    /** Whether the peer printed a line starting with {@code prefix}, without waiting. */
    boolean hasLine(String prefix) {
        synchronized (lines) {
            return lines.stream().anyMatch(line -> line.startsWith(prefix));
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Closes the peer's standard input: a publisher peer ends then. */
    void closeInput() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // it ended already
        }
    }

    /** Waits for the peer to end and asserts it ended well. */
    void assertSucceeds(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the peer did not end within " + timeout + describe());
            }
            reader.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("the peer failed with exit code " + process.exitValue() + describe());
        }
    }

    /** Kills the peer with SIGKILL: no chance to clean up, like a crash. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    long pid() {
        return process.pid();
    }

    String describe() {
        synchronized (lines) {
            return "\ncommand: " + String.join(" ", command) + "\noutput:\n  " + String.join("\n  ", lines);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}

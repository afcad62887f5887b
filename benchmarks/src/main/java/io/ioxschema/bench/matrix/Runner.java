package io.ioxschema.bench.matrix;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one {@link Run} as two OS processes: pong pinned to core 1, ping to core 0 (with
 * {@code taskset}, when this process may use both and taskset exists). Pong starts first and says
 * READY; then ping starts. Either side may print the RESULT line (for throughput the receiver,
 * pong, measures). A run that outlasts its time limit is killed and reported as failed.
 */
final class Runner {

    private static final long READY_SECONDS = 60;
    private final boolean pin;
    private final long limitSeconds;
    private int runs;

    Runner(long limitSeconds) {
        this.limitSeconds = limitSeconds;
        this.pin = onPath("taskset") && mayRunOn(0) && mayRunOn(1);
    }

    boolean pinned() {
        return pin;
    }

    Result run(Run run) {
        String channel = ProcessHandle.current().pid() + "-" + (++runs);
        Started pong = null;
        Started ping = null;
        try {
            pong = start(run.pair().pong().command(run.arguments("pong", channel)), "1");
            String first = pong.firstLine(READY_SECONDS);
            if (!"READY".equals(first)) {
                return Result.failed(run, "pong did not get ready (" + first + ")" + pong.errors());
            }
            CompletableFuture<List<String>> pongLines = pong.remainingLines();
            ping = start(run.pair().ping().command(run.arguments("ping", channel)), "0");
            CompletableFuture<List<String>> pingLines = ping.remainingLines();
            if (!bothExit(ping.process, pong.process)) {
                return Result.failed(run, "timed out after " + limitSeconds + " s" + ping.errors() + pong.errors());
            }
            if (ping.process.exitValue() != 0 || pong.process.exitValue() != 0) {
                return Result.failed(run, "exit codes " + ping.process.exitValue() + "/" + pong.process.exitValue()
                        + ping.errors() + pong.errors());
            }
            List<String> output = new ArrayList<>(pingLines.get(10, TimeUnit.SECONDS));
            output.addAll(pongLines.get(10, TimeUnit.SECONDS));
            return output.stream().filter(l -> l.startsWith("RESULT ")).findFirst()
                    .map(l -> Result.parse(run, l))
                    .orElseGet(() -> Result.failed(run, "no RESULT line"));
        } catch (Exception e) {
            return Result.failed(run, e.toString());
        } finally {
            for (Started side : new Started[] {ping, pong}) {
                if (side != null) {
                    side.destroy();
                }
            }
        }
    }

    /**
     * Waits for both sides, at most the time limit; stops early when one side fails, since its
     * peer may then wait for it forever (a sender blocked on a receiver that is gone).
     */
    private boolean bothExit(Process ping, Process pong) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(limitSeconds);
        while (ping.isAlive() || pong.isAlive()) {
            boolean failed = (!ping.isAlive() && ping.exitValue() != 0) || (!pong.isAlive() && pong.exitValue() != 0);
            if (failed) {
                ping.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                pong.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            (ping.isAlive() ? ping : pong).waitFor(50, TimeUnit.MILLISECONDS);
        }
        return true;
    }

    private Started start(List<String> command, String core) throws IOException {
        List<String> full = new ArrayList<>();
        if (pin) {
            full.addAll(List.of("taskset", "-c", core));
        }
        full.addAll(command);
        Path errors = Files.createTempFile("iox-bench-", ".err");
        Process process = new ProcessBuilder(full).redirectError(errors.toFile()).start();
        return new Started(process, errors,
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
    }

    /** A started side: its process, its standard error (a file) and its standard output. */
    private record Started(Process process, Path errorFile, BufferedReader out) {

        String firstLine(long seconds) throws Exception {
            CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    return null;
                }
            });
            try {
                return line.get(seconds, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                return "nothing within " + seconds + " s";
            }
        }

        CompletableFuture<List<String>> remainingLines() {
            return CompletableFuture.supplyAsync(() -> {
                List<String> lines = new ArrayList<>();
                try {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    lines.add("(output lost: " + e + ")");
                }
                return lines;
            });
        }

        /** The last lines of standard error, for the report of a failed run. */
        String errors() {
            try {
                List<String> lines = Files.readAllLines(errorFile).stream()
                        .filter(l -> !l.startsWith("WARNING:")).toList();
                List<String> tail = lines.subList(Math.max(0, lines.size() - 3), lines.size());
                return tail.isEmpty() ? "" : "; stderr: " + String.join(" | ", tail);
            } catch (IOException e) {
                return "";
            }
        }

        void destroy() {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
            try {
                Files.deleteIfExists(errorFile);
            } catch (IOException ignored) {
                // a temporary file: the OS cleans it up
            }
        }
    }

    /** Whether this process may run on {@code core} (a container may allow others only). */
    static boolean mayRunOn(int core) {
        try {
            String allowed = Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("Cpus_allowed_list:")).findFirst().orElse("")
                    .substring("Cpus_allowed_list:".length()).trim();
            for (String range : allowed.split(",")) {
                String[] ends = range.trim().split("-");
                int low = Integer.parseInt(ends[0]);
                int high = Integer.parseInt(ends[ends.length - 1]);
                if (low <= core && core <= high) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}

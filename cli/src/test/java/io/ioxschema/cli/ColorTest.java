package io.ioxschema.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Colour only where a person looks at a terminal: never in pipes, files, or with NO_COLOR. */
class ColorTest {

    private static final String ESC = "\u001b[";

    @TempDir
    Path dir;

    @Test
    void capturedOutputIsPlain() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.iox"), "struct B { x: Missing; }\n");
        for (Cli.Result result : List.of(Cli.run("layout", Cli.sample()), Cli.run("check", bad.toString()),
                Cli.run("--help"), Cli.run("layout", "--bogus"))) {
            assertFalse(result.out().contains(ESC) || result.err().contains(ESC), result::toString);
        }
    }

    @Test
    void terminalsGetColourUnlessNoColorOrDumb() {
        assertEquals(new Terminal(true, true), Terminal.detect(Map.of(), "stdout,stderr", null));
        assertEquals(new Terminal(false, true), Terminal.detect(Map.of(), "stderr", null));
        assertEquals(new Terminal(false, false), Terminal.detect(Map.of(), "", null));
        assertEquals(new Terminal(false, false), Terminal.detect(Map.of("NO_COLOR", "1"), "stdout,stderr", null));
        assertEquals(new Terminal(false, false), Terminal.detect(Map.of("TERM", "dumb"), "stdout,stderr", null));
        // no-color.org: only a non-empty NO_COLOR counts.
        assertEquals(new Terminal(true, true), Terminal.detect(Map.of("NO_COLOR", ""), "stdout,stderr", null));
        // Without the launcher's hint and without a console: plain.
        assertEquals(new Terminal(false, false), Terminal.detect(Map.of(), null, null));
    }

    /** The real process end to end: the launcher's terminal hint turns colour on, NO_COLOR off. */
    @Test
    void noColorWinsOverATerminalInARealProcess() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.iox"), "struct B { x: Missing; }\n");
        ProcessResult coloured = java(Map.of(), "stdout,stderr", "check", bad.toString());
        assertEquals(1, coloured.exitCode(), coloured::toString);
        assertTrue(coloured.err().contains(ESC), coloured::toString);

        ProcessResult plain = java(Map.of("NO_COLOR", "1"), "stdout,stderr", "check", bad.toString());
        assertEquals(1, plain.exitCode(), plain::toString);
        assertFalse(plain.err().contains(ESC), plain::toString);
        assertTrue(plain.err().contains("error: unknown type"), plain::toString);

        ProcessResult piped = java(Map.of(), "", "layout", Cli.sample());
        assertEquals(0, piped.exitCode(), piped::toString);
        assertFalse(piped.out().contains(ESC), piped::toString);
    }

    record ProcessResult(int exitCode, String out, String err) {
    }

    private ProcessResult java(Map<String, String> env, String ttys, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + Terminal.TTY_PROPERTY + "=" + ttys,
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("NO_COLOR");
        builder.environment().remove("TERM");
        builder.environment().putAll(env);
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the CLI did not finish in 60 s");
        return new ProcessResult(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}

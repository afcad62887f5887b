package io.ioxschema.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract of gen: what the generators write is tested with the compiler. */
class GenCommandTest {

    @TempDir
    Path out;

    @Test
    void checkExitsThreeWhenOutputIsMissingOrStaleAndZeroWhenCurrent() throws IOException {
        String outDir = out.toString();
        Cli.Result missing = Cli.run("gen", "--lang", "c", "--out", outDir, "--check", Cli.sample());
        assertEquals(ExitCodes.STALE_OUTPUT, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("missing or out of date"), missing::toString);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(0, files.count(), "--check writes nothing");
        }

        Cli.Result written = Cli.run("gen", "--lang", "c", "--out", outDir, Cli.sample());
        assertEquals(0, written.exitCode(), written::toString);
        assertEquals(0, Cli.run("gen", "--lang", "c", "--out", outDir, "--check", Cli.sample()).exitCode());

        try (Stream<Path> files = Files.list(out)) {
            Path one = files.findFirst().orElseThrow();
            Files.writeString(one, "edited by hand\n");
        }
        assertEquals(ExitCodes.STALE_OUTPUT,
                Cli.run("gen", "--lang", "c", "--out", outDir, "--check", Cli.sample()).exitCode());
    }

    @Test
    void unknownLanguageIsAUsageError() {
        Cli.Result result = Cli.run("gen", "--lang", "cobol", "--out", out.toString(), Cli.sample());
        assertEquals(ExitCodes.USAGE, result.exitCode(), result::toString);
        result.assertNoStackTrace();
        assertTrue(result.err().contains("unknown language 'cobol'"), result::toString);
    }
}

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
    void severalLanguagesWriteIntoAFolderEach() {
        Cli.Result result = Cli.run("gen", "--lang", "c,cpp", "--out", out.toString(), Cli.sample());
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(Files.isRegularFile(out.resolve("c/sensor.h")), result::toString);
        assertTrue(Files.isRegularFile(out.resolve("cpp/sensor.hpp")), result::toString);
    }

    @Test
    void twoSchemaFilesOfOnePackageAreAnErrorAndNothingIsWritten() throws IOException {
        Path schemas = Files.createDirectories(out.resolve("schemas"));
        Path one = Files.writeString(schemas.resolve("one.iox"), "package same; struct One { x: u8; }");
        Path two = Files.writeString(schemas.resolve("two.iox"), "package same; struct Two { y: u8; }");
        Path gen = out.resolve("gen");

        Cli.Result result = Cli.run("gen", "--lang", "c", "--out", gen.toString(), one.toString(), two.toString());

        assertEquals(ExitCodes.SCHEMA_ERRORS, result.exitCode(), result::toString);
        assertTrue(result.err().contains("two schema files would both be generated as " + gen.resolve("same.h")),
                result::toString);
        assertTrue(Files.notExists(gen), result::toString);
    }

    @Test
    void unknownLanguageIsAUsageError() {
        Cli.Result result = Cli.run("gen", "--lang", "cobol", "--out", out.toString(), Cli.sample());
        assertEquals(ExitCodes.USAGE, result.exitCode(), result::toString);
        result.assertNoStackTrace();
        assertTrue(result.err().contains("unknown language 'cobol'"), result::toString);
    }
}

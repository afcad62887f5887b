package io.ioxschema.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void theSampleIsValid() {
        Cli.Result result = Cli.run("check", Cli.sample());
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("", result.out());
        assertFalse(result.err().contains("error"), result::toString);
    }

    @ParameterizedTest
    @CsvSource({"x86_64-linux, 0", "aarch64-linux, 0", "i686-linux, 1", "armv7-linux, 1"})
    void theTargetDecidesWhetherTheSampleIsValid(String target, int exitCode) {
        // The sample has a u128 field, which the spec makes an error on 32-bit targets.
        Cli.Result result = Cli.run("check", "--target", target, Cli.sample());
        assertEquals(exitCode, result.exitCode(), result::toString);
        result.assertNoStackTrace();
        if (exitCode == 1) {
            assertTrue(result.err().contains("u128, which is not available on " + target), result::toString);
        }
    }

    @Test
    void everyErrorIsReportedAsFileLineColumnWithTheLineAndACaret() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.iox"), """
                struct Q {
                  a: Nope;
                  b: [u8; 0];
                }
                """);
        Cli.Result result = Cli.run("check", bad.toString());
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("", result.out());
        result.assertNoStackTrace();
        String location = Pattern.quote(bad.toString());
        assertTrue(Pattern.compile("(?m)^" + location + ":2:6: error: .*Nope").matcher(result.err()).find(), result::toString);
        assertTrue(Pattern.compile("(?m)^" + location + ":3:\\d+: error: ").matcher(result.err()).find(), result::toString);
        assertTrue(result.err().contains("  a: Nope;\n     ^~~~\n"), result::toString);
        assertTrue(result.err().endsWith("2 errors\n"), result::toString);
    }

    @Test
    void aMissingFileIsADiagnosticNotAUsageError() {
        Path missing = dir.resolve("missing.iox");
        Cli.Result result = Cli.run("check", missing.toString());
        assertEquals(1, result.exitCode(), result::toString);
        result.assertNoStackTrace();
        assertTrue(result.err().contains("error: cannot read " + missing), result::toString);
        assertTrue(result.err().contains("no such file"), result::toString);
    }

    @Test
    void anImportIsFoundThroughDashI() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("shared.iox"), "package shared;\nstruct S { x: u32; }\n");
        Path main = Files.writeString(dir.resolve("main.iox"), "import \"shared.iox\";\nstruct M { s: S; }\n");
        assertEquals(1, Cli.run("check", main.toString()).exitCode());
        Cli.Result result = Cli.run("check", "-I", lib.toString(), main.toString());
        assertEquals(0, result.exitCode(), result::toString);
    }

    /** 150 structs each with an unknown type: 150 errors. */
    private Path schemaWith150Errors() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            text.append("struct S").append(i).append(" { a: Missing").append(i).append("; }\n");
        }
        return Files.writeString(dir.resolve("many.iox"), text);
    }

    @Test
    void afterTheFirstHundredErrorsOnlyTheCountIsPrinted() throws IOException {
        Cli.Result result = Cli.run("check", schemaWith150Errors().toString());
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals(100, Pattern.compile("(?m): error: ").matcher(result.err()).results().count(), result::toString);
        assertTrue(result.err().contains("Missing99"), result::toString);
        assertFalse(result.err().contains("Missing100"), result::toString);
        assertTrue(result.err().endsWith("150 errors; the first 100 are shown (--max-errors 0 shows all)\n"), result::toString);
    }

    @ParameterizedTest
    @CsvSource({"0, 150", "3, 3", "200, 150"})
    void maxErrorsChangesTheLimit(String limit, long printed) throws IOException {
        Cli.Result result = Cli.run("check", "--max-errors", limit, schemaWith150Errors().toString());
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals(printed, Pattern.compile("(?m): error: ").matcher(result.err()).results().count(), result::toString);
    }

    @Test
    void aNegativeMaxErrorsIsAUsageError() throws IOException {
        Cli.Result result = Cli.run("check", "--max-errors", "-1", schemaWith150Errors().toString());
        assertEquals(2, result.exitCode(), result::toString);
        result.assertNoStackTrace();
        assertTrue(result.err().contains("--max-errors -1: must be 0 (print all) or more"), result::toString);
    }
}

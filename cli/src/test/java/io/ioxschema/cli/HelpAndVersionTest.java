package io.ioxschema.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpAndVersionTest {

    @Test
    void helpListsTheCommandsWithExamplesAndExitCodes() {
        Cli.Result result = Cli.run("--help");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("", result.err());
        assertTrue(result.out().startsWith("Usage: iox-schema"), result::toString);
        for (String expected : new String[] {"check", "layout", "gen", "Examples:",
                "iox-schema layout samples/sensor/sensor.iox", "Exit codes: 0 success, 1 the schema has errors, 2 usage"}) {
            assertTrue(result.out().contains(expected), () -> "missing '" + expected + "' in\n" + result);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "layout", "gen"})
    void everyCommandHasHelpWithExamples(String command) {
        Cli.Result result = Cli.run(command, "--help");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("Usage: iox-schema " + command), result::toString);
        assertTrue(result.out().contains("Examples:"), result::toString);
        assertTrue(result.out().contains("  iox-schema " + command + " "), result::toString);
    }

    @Test
    void versionNamesToolAndJava() {
        Cli.Result result = Cli.run("--version");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().matches("(?s)iox-schema \\d+\\.\\d+\\.\\d+\\S*\\RJava \\d+.*"), result::toString);
    }
}

package io.ioxschema.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exit code 2, one clear message naming the problem, a pointer to --help, and no stack trace. */
class UsageErrorTest {

    private static Cli.Result usageError(String... args) {
        Cli.Result result = Cli.run(args);
        assertEquals(ExitCodes.USAGE, result.exitCode(), result::toString);
        assertEquals("", result.out(), result::toString);
        result.assertNoStackTrace();
        assertTrue(result.err().startsWith("iox-schema"), result::toString);
        assertTrue(result.err().contains(": error: "), result::toString);
        assertTrue(result.err().contains("--help' for more information"), result::toString);
        return result;
    }

    private static void assertMentions(Cli.Result result, String... parts) {
        for (String part : parts) {
            assertTrue(result.err().contains(part), () -> "missing '" + part + "' in\n" + result);
        }
    }

    @Test
    void noCommand() {
        assertMentions(usageError(), "a command is required", "check", "layout");
    }

    @Test
    void unknownCommandSuggestsTheNearestOne() {
        assertMentions(usageError("lay", Cli.sample()), "'lay'", "Did you mean", "layout");
    }

    @Test
    void unknownOption() {
        assertMentions(usageError("layout", "--bogus", Cli.sample()), "Unknown option: '--bogus'",
                "iox-schema layout --help");
    }

    @Test
    void missingFileArgument() {
        assertMentions(usageError("layout"), "Missing required parameter: 'FILE'");
        assertMentions(usageError("check"), "Missing required parameter: 'FILE'");
        assertMentions(usageError("check", "--target", "i686-linux"), "Missing required parameter: 'FILE'");
    }

    @Test
    void unknownTargetListsTheKnownOnes() {
        assertMentions(usageError("check", "--target", "x86_64-windows", Cli.sample()),
                "unknown target 'x86_64-windows'", "x86_64-linux, aarch64-linux, i686-linux, armv7-linux");
        assertMentions(usageError("layout", "--target", "", Cli.sample()), "unknown target ''");
    }

    @Test
    void badFormatListsTheKnownOnes() {
        assertMentions(usageError("layout", "--format", "xml", Cli.sample()), "--format", "'xml'", "table, json");
    }

    @Test
    void optionWithoutItsValue() {
        assertMentions(usageError("layout", Cli.sample(), "--target"), "--target");
    }

    @Test
    void includeDirectoryThatIsNoDirectory() {
        assertMentions(usageError("check", "-I", Cli.sample(), Cli.sample()), "-I", "not a directory");
    }

    @Test
    void unknownTypeListsTheTypesOfTheFile() {
        assertMentions(usageError("layout", Cli.sample(), "SensorData", "Nope"),
                "no type named 'Nope'", "SensorData", "Telemetry", "Mode");
    }

    @Test
    void formatIsCaseInsensitive() {
        assertEquals(0, Cli.run("layout", "--format", "JSON", Cli.sample()).exitCode());
    }

    @Test
    void optionsMayComeAfterTheFile() {
        List<String> args = new ArrayList<>(List.of("layout", Cli.sample(), "--format", "json", "--target", "i686-linux"));
        // i686 has no u128, so the sample has an error there: exit 1, not a usage error.
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertEquals(1, result.exitCode(), result::toString);
    }
}

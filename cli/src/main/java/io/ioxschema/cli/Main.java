package io.ioxschema.cli;

import picocli.CommandLine;

/** Starts the command line; every outcome is an exit code and a message, never a stack trace. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new IoxSchemaCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setColorScheme(CommandLine.Help.defaultColorScheme(Terminal.ansi()))
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("iox-schema: internal error: " + e
                            + "\nPlease report this with the schema that caused it.");
                    return ExitCodes.INTERNAL;
                });
        return commandLine.execute(args);
    }
}

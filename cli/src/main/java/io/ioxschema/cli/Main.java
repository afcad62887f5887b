package io.ioxschema.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Starts the command line; every outcome is an exit code and a message, never a stack trace. */
public final class Main {

    /** Set (to anything) to see the stack trace of an internal error. */
    static final String DEBUG_ENV = "IOX_SCHEMA_DEBUG";

    private Main() {
    }

    public static void main(String[] args) {
        int exitCode = run(args);
        // Returning ends the JVM with status 0. System.exit(0) would too, but first sets up
        // the platform logger to log the exit: a few milliseconds of every successful run.
        if (exitCode != ExitCodes.OK) {
            System.exit(exitCode);
        }
    }

    /** Runs with the process's stdout and stderr (UTF-8), coloured where they are terminals. */
    public static int run(String... args) {
        Terminal terminal = Terminal.detect();
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, false, StandardCharsets.UTF_8);
        return run(new Streams(out, err, terminal.stdoutColor(), terminal.stderrColor()), args);
    }

    /** Runs with writers the caller owns (tests, embedding): plain text, no colour. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(Streams.plain(out, err), args);
    }

    static int run(Streams streams, String... args) {
        try {
            return commandLine(streams).execute(args);
        } catch (RuntimeException | Error e) {
            // picocli hands exceptions from a command to the handler below; what still gets
            // here is an Error (say StackOverflowError) or a failure inside picocli.
            return internalError(e, streams.err());
        } finally {
            streams.flush();
        }
    }

    static CommandLine commandLine(Streams streams) {
        CommandLine commandLine = new CommandLine(new IoxSchemaCommand(streams).spec);
        // These settings reach every subcommand, so they come after the tree is complete.
        commandLine.setOut(streams.out());
        commandLine.setErr(streams.err());
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(
                streams.colorOut() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(Main::usageError);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> internalError(e, cmd.getErr()));
        return commandLine;
    }

    /** A usage error: the problem, a suggestion where picocli has one, and where to find help. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        String command = cmd.getCommandSpec().qualifiedName();
        err.println(command + ": error: " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + command + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static int internalError(Throwable e, PrintWriter err) {
        err.println("iox-schema: internal error: " + e);
        err.println("This is a bug in iox-schema; please report it with the schema and command that caused it.");
        if (System.getenv(DEBUG_ENV) != null) {
            e.printStackTrace(err);
        } else {
            err.println("(Set " + DEBUG_ENV + "=1 to see the stack trace.)");
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }
}

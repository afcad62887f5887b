package io.ioxschema.cli;

import picocli.CommandLine;

/** Colour only on a terminal, never when NO_COLOR is set (https://no-color.org) or TERM is dumb. */
final class Terminal {

    private Terminal() {
    }

    static boolean color() {
        String noColor = System.getenv("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return false;
        }
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        java.io.Console console = System.console();
        return console != null && console.isTerminal();
    }

    static CommandLine.Help.Ansi ansi() {
        return color() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF;
    }
}

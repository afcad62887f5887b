package io.ioxschema.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Helpers for building commands with picocli's programmatic API.
 *
 * <p>Why not picocli's annotations: reading them at run time costs a dynamic proxy class per
 * annotation type and a pass of reflection over every command, about a third of the
 * start-up time of {@code ./iox-schema layout} (README, "Development notes"). Building the
 * same model in code costs almost nothing, and it is still declarative: each command lists
 * its options as fields next to the code that reads them.
 */
final class Specs {

    private Specs() {
    }

    /** A command whose handler is {@code handler} (a {@code Callable<Integer>}: its result is the exit code). */
    static CommandSpec command(String name, Object handler, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(handler).name(name);
        spec.usageMessage().description(description);
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help and exit.").build());
        return spec;
    }

    static OptionSpec versionOption() {
        return OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print the version and exit.").build();
    }

    static void footer(CommandSpec spec, String heading, String... lines) {
        spec.usageMessage().footerHeading(heading).footer(lines);
    }
}

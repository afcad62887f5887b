package io.ioxschema.cli;

import io.ioxschema.CompileOptions;
import io.ioxschema.layout.TargetAbi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Options every compiling command shares: the target ABI, the import search path, and how many
 * errors to print.
 */
final class CompilerOptions {

    private final OptionSpec target = OptionSpec.builder("--target").paramLabel("TARGET").type(String.class)
            .defaultValue(TargetAbi.DEFAULT.name())
            .description("Target ABI: " + String.join(", ", TargetAbi.names())
                    + " (default: " + TargetAbi.DEFAULT.name() + ").")
            .build();

    private final OptionSpec includeDirs = OptionSpec.builder("-I").paramLabel("DIR")
            .type(List.class).auxiliaryTypes(Path.class)
            .description("Also look for imported files in DIR, after the importing file's own directory (repeatable).")
            .build();

    private final OptionSpec maxErrors = OptionSpec.builder("--max-errors").paramLabel("N").type(int.class)
            .defaultValue(Integer.toString(DiagnosticPrinter.DEFAULT_MAX_ERRORS))
            .description("Print at most N errors, then how many more there are; 0 prints all (default: "
                    + DiagnosticPrinter.DEFAULT_MAX_ERRORS + ").")
            .build();

    void addTo(CommandSpec spec) {
        spec.addOption(target);
        spec.addOption(includeDirs);
        spec.addOption(maxErrors);
    }

    /** The printer of the command's diagnostics (after {@link #toOptions}, which checks --max-errors). */
    DiagnosticPrinter printer(Streams streams) {
        return new DiagnosticPrinter(streams, maxErrors.<Integer>getValue());
    }

    /** The options as the compiler takes them; a bad target, -I directory or --max-errors is a usage error. */
    CompileOptions toOptions(CommandSpec spec) {
        if (maxErrors.<Integer>getValue() < 0) {
            throw new ParameterException(spec.commandLine(), "--max-errors " + maxErrors.getValue()
                    + ": must be 0 (print all) or more");
        }
        TargetAbi abi;
        try {
            abi = TargetAbi.named(target.getValue());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<Path> dirs = Objects.requireNonNullElse(includeDirs.getValue(), List.of());
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new ParameterException(spec.commandLine(), "-I " + dir + ": not a directory");
            }
        }
        return new CompileOptions(abi, dirs);
    }
}

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

/** Options every compiling command shares: the target ABI and the import search path. */
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

    void addTo(CommandSpec spec) {
        spec.addOption(target);
        spec.addOption(includeDirs);
    }

    /** The options as the compiler takes them; a bad target or -I directory is a usage error. */
    CompileOptions toOptions(CommandSpec spec) {
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

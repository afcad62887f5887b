package io.ioxschema.cli;

import io.ioxschema.CompileOptions;
import io.ioxschema.layout.TargetAbi;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options every command shares: the target ABI and the import search path. */
final class CompilerOptionsMixin {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--target", paramLabel = "TARGET", defaultValue = "x86_64-linux",
            description = "Target ABI: x86_64-linux (default), aarch64-linux, i686-linux, armv7-linux.")
    String target;

    @Option(names = "-I", paramLabel = "DIR", description = "Also look for imported files in DIR (repeatable).")
    List<Path> includeDirs = new ArrayList<>();

    CompileOptions toOptions() {
        TargetAbi abi = TargetAbi.byName(target).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown target '" + target + "'; known targets: " + String.join(", ", TargetAbi.names())));
        for (Path dir : includeDirs) {
            if (!java.nio.file.Files.isDirectory(dir)) {
                throw new ParameterException(spec.commandLine(), "-I " + dir + ": not a directory");
            }
        }
        return new CompileOptions(abi, includeDirs);
    }
}

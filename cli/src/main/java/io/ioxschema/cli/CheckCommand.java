package io.ioxschema.cli;

import io.ioxschema.Compilation;
import io.ioxschema.CompileOptions;
import io.ioxschema.SchemaCompiler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks schemas and reports every error and warning; writes nothing.",
        footerHeading = "%nExample:%n",
        footer = "  iox-schema check -I common/ samples/sensor/sensor.iox")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CompilerOptionsMixin compilerOptions;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Schema files (.iox).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        CompileOptions options = compilerOptions.toOptions();
        DiagnosticPrinter printer = new DiagnosticPrinter(spec.commandLine().getErr());
        List<io.ioxschema.diag.Diagnostic> all = new ArrayList<>();
        for (Path file : files) {
            Compilation compilation = SchemaCompiler.compile(file, options);
            compilation.diagnostics().stream().filter(d -> !all.contains(d)).forEach(all::add);
        }
        printer.print(all);
        return all.stream().anyMatch(io.ioxschema.diag.Diagnostic::isError) ? ExitCodes.SCHEMA_ERRORS : ExitCodes.OK;
    }
}

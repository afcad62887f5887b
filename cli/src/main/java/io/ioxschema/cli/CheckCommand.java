package io.ioxschema.cli;

import io.ioxschema.Compilation;
import io.ioxschema.CompileOptions;
import io.ioxschema.SchemaCompiler;
import io.ioxschema.diag.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code iox-schema check}: reports every error and warning of the given schemas; writes nothing. */
final class CheckCommand implements Callable<Integer> {

    private final Streams streams;
    private final CompilerOptions compilerOptions = new CompilerOptions();
    private final PositionalParamSpec files = PositionalParamSpec.builder().index("0..*").arity("1..*").required(true)
            .paramLabel("FILE").type(List.class).auxiliaryTypes(Path.class)
            .description("Schema files (.iox).").build();
    final CommandSpec spec;

    CheckCommand(Streams streams) {
        this.streams = streams;
        spec = Specs.command("check", this, "Checks schemas and reports every error and warning; writes nothing.");
        compilerOptions.addTo(spec);
        spec.addPositional(files);
        Specs.footer(spec, "%nExamples:%n",
                "  iox-schema check samples/sensor/sensor.iox",
                "  iox-schema check --target i686-linux -I samples/sensor samples/sensor/sensor.iox");
    }

    @Override
    public Integer call() {
        CompileOptions options = compilerOptions.toOptions(spec);
        List<Path> paths = files.getValue();
        List<Diagnostic> all = new ArrayList<>();
        for (Path file : paths) {
            Compilation compilation = SchemaCompiler.compile(file, options);
            // Files that import the same file would report its problems twice.
            compilation.diagnostics().stream().filter(d -> !all.contains(d)).forEach(all::add);
        }
        compilerOptions.printer(streams).print(all);
        return all.stream().anyMatch(Diagnostic::isError) ? ExitCodes.SCHEMA_ERRORS : ExitCodes.OK;
    }
}

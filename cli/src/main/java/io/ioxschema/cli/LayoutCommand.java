package io.ioxschema.cli;

import io.ioxschema.Compilation;
import io.ioxschema.SchemaCompiler;
import io.ioxschema.cli.report.LayoutJsonReport;
import io.ioxschema.cli.report.LayoutTableReport;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.model.TypeDef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "layout", mixinStandardHelpOptions = true,
        description = "Prints the size, alignment and offset of every field, with every hole marked.",
        footerHeading = "%nExamples:%n",
        footer = {"  iox-schema layout samples/sensor/sensor.iox",
                  "  iox-schema layout --target i686-linux samples/sensor/sensor.iox SensorData",
                  "  iox-schema layout --format json samples/sensor/sensor.iox > layout.json"})
final class LayoutCommand implements Callable<Integer> {

    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Mixin
    CompilerOptionsMixin compilerOptions;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default, for people) or json (a stable contract, for tools).")
    Format format;

    @Parameters(index = "0", paramLabel = "FILE", description = "The schema file (.iox).")
    Path file;

    @Parameters(index = "1..*", paramLabel = "TYPE", description = "Only these types (default: all).")
    List<String> types = new ArrayList<>();

    @Override
    public Integer call() {
        Compilation compilation = SchemaCompiler.compile(file, compilerOptions.toOptions());
        new DiagnosticPrinter(spec.commandLine().getErr()).print(compilation.diagnostics());
        if (compilation.layout().isEmpty()) {
            return ExitCodes.SCHEMA_ERRORS;
        }
        SchemaLayout layout = compilation.layout().get();
        List<TypeDef> selected = select(layout);
        String report = format == Format.json ? LayoutJsonReport.render(layout, selected)
                : new LayoutTableReport(Terminal.color()).render(layout, selected);
        spec.commandLine().getOut().print(report);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private List<TypeDef> select(SchemaLayout layout) {
        List<TypeDef> all = layout.schema().allTypes();
        if (types.isEmpty()) {
            return all;
        }
        List<TypeDef> selected = new ArrayList<>();
        for (String name : types) {
            List<TypeDef> matches = all.stream()
                    .filter(t -> t.name().equals(name) || t.qualifiedName().equals(name)).toList();
            if (matches.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "no type named '" + name + "' in " + file
                        + "; its types are: " + String.join(", ", all.stream().map(TypeDef::name).toList()));
            }
            selected.addAll(matches);
        }
        return selected;
    }
}

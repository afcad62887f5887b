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
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/** {@code iox-schema layout}: size, alignment and offsets of every type, with every hole marked. */
final class LayoutCommand implements Callable<Integer> {

    enum Format { table, json }

    private final Streams streams;
    private final CompilerOptions compilerOptions = new CompilerOptions();
    private final OptionSpec format = OptionSpec.builder("--format").paramLabel("FORMAT").type(Format.class)
            .defaultValue("table")
            .description("table (default, for people) or json (a stable contract, for tools).").build();
    private final PositionalParamSpec file = PositionalParamSpec.builder().index("0").arity("1").required(true).paramLabel("FILE")
            .type(Path.class).description("The schema file (.iox).").build();
    private final PositionalParamSpec types = PositionalParamSpec.builder().index("1..*").arity("0..*")
            .paramLabel("TYPE").type(List.class).auxiliaryTypes(String.class)
            .description("Only these types (default: every type of FILE and its imports).").build();
    final CommandSpec spec;

    LayoutCommand(Streams streams) {
        this.streams = streams;
        spec = Specs.command("layout", this,
                "Prints the size, alignment and offset of every field, with every hole marked.");
        spec.addOption(format);
        compilerOptions.addTo(spec);
        spec.addPositional(file);
        spec.addPositional(types);
        Specs.footer(spec, "%nExamples:%n",
                "  iox-schema layout samples/sensor/sensor.iox",
                "  iox-schema layout --target i686-linux samples/sensor/sensor.iox SensorData",
                "  iox-schema layout --format json samples/sensor/sensor.iox > layout.json");
    }

    @Override
    public Integer call() {
        Path path = file.getValue();
        Compilation compilation = SchemaCompiler.compile(path, compilerOptions.toOptions(spec));
        compilerOptions.printer(streams).print(compilation.diagnostics());
        if (compilation.layout().isEmpty()) {
            return ExitCodes.SCHEMA_ERRORS;
        }
        SchemaLayout layout = compilation.layout().get();
        List<TypeDef> selected = select(layout, path);
        String report = format.<Format>getValue() == Format.json
                ? LayoutJsonReport.render(layout, selected)
                : new LayoutTableReport(streams.colorOut()).render(layout, selected);
        streams.out().print(report);
        streams.out().flush();
        return ExitCodes.OK;
    }

    private List<TypeDef> select(SchemaLayout layout, Path path) {
        List<TypeDef> all = layout.schema().allTypes();
        List<String> names = Objects.requireNonNullElse(types.getValue(), List.of());
        if (names.isEmpty()) {
            return all;
        }
        List<TypeDef> selected = new ArrayList<>();
        for (String name : names) {
            List<TypeDef> matches = all.stream()
                    .filter(t -> t.name().equals(name) || t.qualifiedName().equals(name)).toList();
            if (matches.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "no type named '" + name + "' in " + path
                        + "; its types are: " + String.join(", ", all.stream().map(TypeDef::name).toList()));
            }
            selected.addAll(matches);
        }
        return selected;
    }
}

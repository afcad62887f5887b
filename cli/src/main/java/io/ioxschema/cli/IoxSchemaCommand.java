package io.ioxschema.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The top-level command: {@code iox-schema COMMAND ...}. */
final class IoxSchemaCommand implements Callable<Integer> {

    final CommandSpec spec;

    IoxSchemaCommand(Streams streams) {
        spec = Specs.command("iox-schema", this,
                "Compiles .iox schemas to byte-identical payload layouts for iceoryx2 zero-copy IPC.");
        spec.addOption(Specs.versionOption());
        spec.versionProvider(new VersionProvider());
        spec.usageMessage().synopsisSubcommandLabel("COMMAND");
        spec.addSubcommand("gen", new GenCommand(streams).spec);
        spec.addSubcommand("check", new CheckCommand(streams).spec);
        spec.addSubcommand("layout", new LayoutCommand(streams).spec);
        Specs.footer(spec, "%nExamples:%n",
                "  iox-schema gen --lang c --out generated samples/sensor/sensor.iox",
                "  iox-schema check samples/sensor/sensor.iox",
                "  iox-schema layout samples/sensor/sensor.iox SensorData",
                "  iox-schema layout --format json --target aarch64-linux samples/sensor/sensor.iox",
                "",
                "Run 'iox-schema COMMAND --help' for a command's options.",
                "Exit codes: 0 success, 1 the schema has errors, 2 usage error,",
                "3 generated files missing or out of date (gen --check).");
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "a command is required: " + String.join(", ", spec.subcommands().keySet()));
    }
}

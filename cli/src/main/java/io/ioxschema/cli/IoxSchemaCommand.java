package io.ioxschema.cli;

import picocli.CommandLine.Command;

@Command(name = "iox-schema",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Compiles .iox schemas to byte-identical payload layouts for iceoryx2 zero-copy IPC.",
        subcommands = {CheckCommand.class, LayoutCommand.class},
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%nExamples:%n",
        footer = {
            "  iox-schema check samples/sensor/sensor.iox",
            "  iox-schema layout samples/sensor/sensor.iox SensorData",
            "  iox-schema layout --format json --target aarch64-linux samples/sensor/sensor.iox",
            "",
            "Exit codes: 0 success, 1 the schema has errors, 2 usage error,",
            "3 generated files missing or out of date (gen --check)."})
final class IoxSchemaCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}

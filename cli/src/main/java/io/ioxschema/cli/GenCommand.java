package io.ioxschema.cli;

import io.ioxschema.gen.GenerateOptions;
import io.ioxschema.gen.GeneratorRegistry;
import io.ioxschema.gen.OutputWriter;
import io.ioxschema.gen.SchemaGeneration;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/** {@code iox-schema gen}: writes the bindings of every schema file for the chosen languages. */
final class GenCommand implements Callable<Integer> {

    private final Streams streams;
    private final CompilerOptions compilerOptions = new CompilerOptions();
    private final OptionSpec languagesOption = OptionSpec.builder("--lang").paramLabel("LANGS")
            .type(List.class).auxiliaryTypes(String.class).splitRegex(",").defaultValue("all")
            // Lazy: the registry builds every generator, which only gen needs (start-up time).
            .completionCandidates(() -> GeneratorRegistry.languages().iterator())
            .description("Comma-separated languages, or all (default). Known: ${COMPLETION-CANDIDATES}.")
            .build();
    private final OptionSpec outOption = OptionSpec.builder("--out").paramLabel("DIR").type(Path.class)
            .defaultValue(".").description("Output folder (default: .).").build();
    private final OptionSpec checkOption = OptionSpec.builder("--check").type(boolean.class).arity("0").defaultValue("false")
            .description("Write nothing; exit 3 and list the files that are missing or differ.").build();
    private final OptionSpec javaServicesOption = OptionSpec.builder("--java-services").type(boolean.class).arity("0")
            .defaultValue("false")
            .description("Java: also a class per service that opens it with the schema's types and QoS through the"
                    + " iox-schema runtime (the code then needs io.ioxschema:iox-schema-runtime).").build();
    private final PositionalParamSpec filesParam = PositionalParamSpec.builder().index("0..*").arity("1..*").required(true)
            .paramLabel("FILE").type(List.class).auxiliaryTypes(Path.class)
            .description("Schema files (.iox).").build();
    final CommandSpec spec;

    private Path out;

    GenCommand(Streams streams) {
        this.streams = streams;
        spec = Specs.command("gen", this,
                "Generates bindings: one file per schema file and language.",
                "With one language the files go into DIR; with several, into DIR/<language>/.",
                "Nothing is written unless every schema and every language succeeds.");
        spec.addOption(languagesOption);
        spec.addOption(outOption);
        spec.addOption(checkOption);
        spec.addOption(javaServicesOption);
        compilerOptions.addTo(spec);
        spec.addPositional(filesParam);
        Specs.footer(spec, "%nExamples:%n",
                "  iox-schema gen --lang all --out generated samples/sensor/sensor.iox",
                "  iox-schema gen --lang rust,python --out src/bindings --target aarch64-linux schema.iox",
                "  iox-schema gen --lang c --out include --check schema.iox   # exit 3 if stale");
    }

    @Override
    public Integer call() {
        out = outOption.getValue();
        boolean check = checkOption.<Boolean>getValue();
        List<Path> files = filesParam.getValue();
        GenerateOptions options = generateOptions();
        SchemaGeneration.Result result = SchemaGeneration.run(files, options);
        compilerOptions.printer(streams).print(result.diagnostics());
        if (result.hasErrors()) {
            return ExitCodes.SCHEMA_ERRORS;
        }
        return check ? checkOutput(result) : writeOutput(result);
    }

    /** The same value the Maven plugin builds; a bad language, target or -I is a usage error. */
    private GenerateOptions generateOptions() {
        List<String> asked = languagesOption.<List<String>>getValue().stream().map(String::trim).toList();
        List<String> languages = asked.contains("all") ? GeneratorRegistry.languages() : asked;
        try {
            return GenerateOptions.intoOneFolder(compilerOptions.toOptions(spec), languages, out)
                    .withJavaServices(javaServicesOption.<Boolean>getValue());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private int checkOutput(SchemaGeneration.Result result) {
        try {
            List<Path> stale = OutputWriter.stale(result.files());
            if (stale.isEmpty()) {
                return ExitCodes.OK;
            }
            PrintWriter err = streams.err();
            err.println("iox-schema: " + stale.size() + " generated file" + (stale.size() == 1 ? " is" : "s are")
                    + " missing or out of date in " + out + " (run the same command without --check):");
            stale.forEach(path -> err.println("  " + path));
            err.flush();
            return ExitCodes.STALE_OUTPUT;
        } catch (IOException e) {
            return ioError(e);
        }
    }

    private int writeOutput(SchemaGeneration.Result result) {
        try {
            List<Path> written = OutputWriter.write(result.files());
            PrintWriter stdout = streams.out();
            written.forEach(path -> stdout.println("wrote " + path));
            int count = result.fileCount();
            stdout.println(count + " file" + (count == 1 ? "" : "s") + " in " + out + ", "
                    + written.size() + " changed");
            stdout.flush();
            return ExitCodes.OK;
        } catch (IOException e) {
            return ioError(e);
        }
    }

    private int ioError(IOException e) {
        String reason = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                : String.valueOf(e.getMessage());
        streams.err().println("iox-schema: error: cannot write to " + out + ": " + reason
                + (e instanceof java.nio.file.FileSystemException f && f.getFile() != null ? " (" + f.getFile() + ")"
                : ""));
        streams.err().flush();
        return ExitCodes.SCHEMA_ERRORS;
    }
}

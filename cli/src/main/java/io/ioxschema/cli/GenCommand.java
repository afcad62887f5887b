package io.ioxschema.cli;

import io.ioxschema.Compilation;
import io.ioxschema.CompileOptions;
import io.ioxschema.SchemaCompiler;
import io.ioxschema.diag.Diagnostic;
import io.ioxschema.gen.CodeGeneration;
import io.ioxschema.gen.GeneratedFile;
import io.ioxschema.gen.GenerationInput;
import io.ioxschema.gen.Generator;
import io.ioxschema.gen.GeneratorRegistry;
import io.ioxschema.gen.OutputWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final PositionalParamSpec filesParam = PositionalParamSpec.builder().index("0..*").arity("1..*").required(true)
            .paramLabel("FILE").type(List.class).auxiliaryTypes(Path.class)
            .description("Schema files (.iox).").build();
    final CommandSpec spec;

    private List<String> languages;
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
        compilerOptions.addTo(spec);
        spec.addPositional(filesParam);
        Specs.footer(spec, "%nExamples:%n",
                "  iox-schema gen --lang all --out generated samples/sensor/sensor.iox",
                "  iox-schema gen --lang rust,python --out src/bindings --target aarch64-linux schema.iox",
                "  iox-schema gen --lang c --out include --check schema.iox   # exit 3 if stale");
    }

    @Override
    public Integer call() {
        languages = languagesOption.getValue();
        out = outOption.getValue();
        boolean check = checkOption.<Boolean>getValue();
        List<Path> files = filesParam.getValue();
        List<Generator> generators = generators();
        CompileOptions options = compilerOptions.toOptions(spec);
        List<Diagnostic> diagnostics = new ArrayList<>();
        Map<String, GeneratedFile> output = new LinkedHashMap<>();
        for (Path file : files) {
            Compilation compilation = SchemaCompiler.compile(file, options);
            addNew(diagnostics, compilation.diagnostics());
            compilation.layout().ifPresent(layout -> {
                CodeGeneration.Result result = CodeGeneration.run(
                        new GenerationInput(layout, VersionProvider.version()), generators);
                addNew(diagnostics, result.diagnostics());
                result.files().forEach(f -> output.put(f.path(), f));
            });
        }
        new DiagnosticPrinter(streams).print(diagnostics);
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return ExitCodes.SCHEMA_ERRORS;
        }
        return check ? checkOutput(List.copyOf(output.values())) : writeOutput(List.copyOf(output.values()));
    }

    private List<Generator> generators() {
        if (languages.contains("all")) {
            return GeneratorRegistry.all();
        }
        List<Generator> chosen = new ArrayList<>();
        for (String language : languages) {
            Generator generator = GeneratorRegistry.byLanguage(language.trim()).orElseThrow(() ->
                    new ParameterException(spec.commandLine(), "unknown language '" + language + "'; known: "
                            + String.join(", ", GeneratorRegistry.languages()) + ", or all"));
            if (!chosen.contains(generator)) {
                chosen.add(generator);
            }
        }
        return chosen;
    }

    private static void addNew(List<Diagnostic> all, List<Diagnostic> more) {
        more.stream().filter(d -> !all.contains(d)).forEach(all::add);
    }

    private int checkOutput(List<GeneratedFile> files) {
        try {
            List<String> stale = OutputWriter.stale(out, files);
            if (stale.isEmpty()) {
                return ExitCodes.OK;
            }
            PrintWriter err = streams.err();
            err.println("iox-schema: " + stale.size() + " generated file" + (stale.size() == 1 ? " is" : "s are")
                    + " missing or out of date in " + out + " (run the same command without --check):");
            stale.forEach(path -> err.println("  " + out.resolve(path)));
            err.flush();
            return ExitCodes.STALE_OUTPUT;
        } catch (IOException e) {
            return ioError(e);
        }
    }

    private int writeOutput(List<GeneratedFile> files) {
        try {
            List<String> written = OutputWriter.write(out, files);
            PrintWriter stdout = streams.out();
            written.forEach(path -> stdout.println("wrote " + out.resolve(path)));
            stdout.println(files.size() + " file" + (files.size() == 1 ? "" : "s") + " in " + out + ", "
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

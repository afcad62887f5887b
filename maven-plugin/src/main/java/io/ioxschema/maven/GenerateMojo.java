package io.ioxschema.maven;

import io.ioxschema.gen.OutputWriter;
import io.ioxschema.gen.SchemaGeneration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates the bindings of the configured schemas: Java into {@code javaOutputDirectory},
 * added to the compile source roots, other languages into their {@code outputs} folders.
 * Only files whose content changed are written, and nothing at all when the schemas (imports
 * included), the options and the tool are the same as at the last successful run.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractSchemaMojo {

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    MojoExecution execution;

    @Override
    void run(RunSettings settings) throws MojoExecutionException, MojoFailureException {
        if (settings.options().outputs().containsKey(JAVA)) {
            // Also when nothing is generated below: the compiler must see the existing files.
            project.addCompileSourceRoot(javaDirectory().toString());
        }
        Path stateFile = stateFile();
        Optional<BuildState> previous = BuildState.read(stateFile);
        String fingerprint = settings.fingerprint();
        try {
            if (previous.isPresent() && previous.get().isCurrent(fingerprint)) {
                getLog().info("iox-schema: " + previous.get().outputs().size() + " generated files are up to date;"
                        + " skipped (schemas, options and tool unchanged)");
                return;
            }
            SchemaGeneration.Result result = settings.generate();
            if (result.hasErrors()) {
                BuildState.delete(stateFile);
            }
            reportDiagnostics(result);
            List<Path> written = OutputWriter.write(result.files());
            written.forEach(path -> getLog().info("iox-schema: wrote " + shown(path)));
            BuildState state = BuildState.of(fingerprint, result.schemasRead(), result.files());
            if (previous.isPresent()) {
                deleteDropped(previous.get().dropped(state));
            }
            state.write(stateFile);
            getLog().info("iox-schema: " + count(result.fileCount(), "file") + " from "
                    + count(settings.schemaFiles().size(), "schema file") + ", " + written.size() + " changed");
        } catch (IOException e) {
            throw new MojoExecutionException("iox-schema: cannot write the generated files: " + e, e);
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Files an earlier run wrote that no schema generates any more (a schema removed or renamed). */
    private void deleteDropped(List<Path> dropped) throws IOException {
        for (Path path : dropped) {
            Files.deleteIfExists(path);
            getLog().info("iox-schema: deleted " + shown(path) + " (no schema generates it any more)");
        }
    }

    /** One per execution, so two executions with different settings do not invalidate each other. */
    private Path stateFile() {
        return Path.of(project.getBuild().getDirectory(), "iox-schema-state", execution.getExecutionId() + ".state");
    }
}

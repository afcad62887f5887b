package io.ioxschema.maven;

import io.ioxschema.gen.GeneratedFile;
import io.ioxschema.gen.OutputWriter;
import io.ioxschema.gen.SchemaGeneration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Fails the build, listing each file, when checked-in bindings are missing or differ from
 * what {@code generate} would write: the guard for repositories that commit the bindings of
 * other languages. Generates in memory and writes nothing. Folders inside the build
 * directory are build output, never checked in, so they are not checked.
 *
 * <p>Bound to {@code verify} by default, where other check goals (checkstyle, spotless)
 * run: {@code mvn verify} and CI catch stale bindings, while an edit-compile-test loop is not
 * stopped between editing a schema and regenerating.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractSchemaMojo {

    @Override
    void run(RunSettings settings) throws MojoExecutionException, MojoFailureException {
        SchemaGeneration.Result result = settings.generate();
        reportDiagnostics(result);
        Map<Path, List<GeneratedFile>> checked = checkedIn(result.files());
        List<Path> stale;
        try {
            stale = OutputWriter.stale(checked);
        } catch (IOException e) {
            throw new MojoExecutionException("iox-schema: cannot read the generated files: " + e, e);
        }
        int count = checked.values().stream().mapToInt(List::size).sum();
        if (checked.isEmpty()) {
            getLog().warn("iox-schema: nothing to check: every output folder is inside the build directory");
            return;
        }
        if (stale.isEmpty()) {
            getLog().info("iox-schema: " + count + " checked-in generated files are up to date");
            return;
        }
        getLog().error("iox-schema: " + stale.size() + " of " + count + " generated files are missing or out of"
                + " date:");
        stale.forEach(path -> getLog().error("  " + shown(path)));
        throw new MojoFailureException("iox-schema: " + stale.size() + " generated file"
                + (stale.size() == 1 ? " is" : "s are") + " missing or out of date; run the generate goal"
                + " (or iox-schema gen) and commit the result");
    }

    private Map<Path, List<GeneratedFile>> checkedIn(Map<Path, List<GeneratedFile>> folders) {
        Path buildDirectory = Path.of(project.getBuild().getDirectory()).toAbsolutePath().normalize();
        Map<Path, List<GeneratedFile>> checked = new LinkedHashMap<>();
        folders.forEach((folder, files) -> {
            if (folder.startsWith(buildDirectory)) {
                getLog().debug("iox-schema: not checking " + folder + ": inside the build directory");
            } else {
                checked.put(folder, files);
            }
        });
        return checked;
    }
}

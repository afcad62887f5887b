package io.ioxschema.maven;

import io.ioxschema.CompileOptions;
import io.ioxschema.gen.GenerateOptions;
import io.ioxschema.gen.SchemaGeneration;
import io.ioxschema.layout.TargetAbi;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The configuration both goals share, turned into the options value the command line builds
 * too; a mistake in it is a clear message, never a stack trace.
 */
abstract class AbstractSchemaMojo extends AbstractMojo {

    static final String JAVA = "java";

    /** The folder the schema files are taken from. */
    @Parameter(property = "iox-schema.schemaDirectory", defaultValue = "${project.basedir}/src/main/iox")
    File schemaDirectory;

    /** Which files of {@code schemaDirectory} to compile: globs relative to it. Default {@code **}{@code /*.iox}. */
    @Parameter
    List<String> includes = new ArrayList<>();

    /** Files of {@code schemaDirectory} to leave out, as globs. */
    @Parameter
    List<String> excludes = new ArrayList<>();

    /** Where imports are looked up after the importing file's own folder ({@code -I} of the CLI). */
    @Parameter
    List<File> includeDirectories = new ArrayList<>();

    /** The target ABI: x86_64-linux, aarch64-linux, i686-linux or armv7-linux. */
    @Parameter(property = "iox-schema.target", defaultValue = "x86_64-linux")
    String target;

    /** Whether to generate Java into {@code javaOutputDirectory}. */
    @Parameter(property = "iox-schema.generateJava", defaultValue = "true")
    boolean generateJava;

    /**
     * Whether the Java bindings get a class per schema service that opens it with the schema's
     * types and QoS through the iox-schema runtime; the project then needs
     * {@code io.ioxschema:iox-schema-runtime}.
     */
    @Parameter(property = "iox-schema.javaServices", defaultValue = "false")
    boolean javaServices;

    /** Where the Java bindings go; {@code generate} adds it to the compile source roots. */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/iox-schema")
    File javaOutputDirectory;

    /**
     * Other languages and their folders (relative to the project), e.g.
     * {@code <outputs><rust>src/generated/rust</rust><c>include</c></outputs>}.
     */
    @Parameter
    Map<String, String> outputs = new LinkedHashMap<>();

    /** Skips the goal. */
    @Parameter(property = "iox-schema.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("iox-schema: skipped (skip is set)");
            return;
        }
        run(settings());
    }

    abstract void run(RunSettings settings) throws MojoExecutionException, MojoFailureException;

    /** The configuration as one value; every mistake in it is reported here, before any work. */
    RunSettings settings() throws MojoExecutionException {
        try {
            CompileOptions compile = new CompileOptions(TargetAbi.named(target), includeDirectories());
            return new RunSettings(schemaFiles(), new GenerateOptions(compile, languageFolders(), javaServices));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("iox-schema: " + e.getMessage());
        }
    }

    private List<Path> schemaFiles() throws MojoExecutionException {
        Path folder = schemaDirectory.toPath().toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new MojoExecutionException("iox-schema: schemaDirectory " + folder + " is not a folder");
        }
        List<String> patterns = includes.isEmpty() ? List.of("**/*.iox") : includes;
        try {
            List<Path> files = SchemaFiles.find(folder, patterns, excludes);
            if (files.isEmpty()) {
                throw new MojoExecutionException("iox-schema: no schema file in " + folder + " matches " + patterns
                        + (excludes.isEmpty() ? "" : " without " + excludes));
            }
            return files;
        } catch (IOException e) {
            throw new MojoExecutionException("iox-schema: cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    private List<Path> includeDirectories() throws MojoExecutionException {
        List<Path> dirs = new ArrayList<>();
        for (File dir : includeDirectories) {
            Path path = dir.toPath().toAbsolutePath().normalize();
            if (!Files.isDirectory(path)) {
                throw new MojoExecutionException("iox-schema: includeDirectories: " + path + " is not a folder");
            }
            dirs.add(path);
        }
        return dirs;
    }

    /** Java first when it is on, then the other languages in the order configured. */
    private Map<String, Path> languageFolders() throws MojoExecutionException {
        Map<String, Path> folders = new LinkedHashMap<>();
        if (generateJava) {
            folders.put(JAVA, javaDirectory());
        }
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            String language = output.getKey().trim();
            if (language.equals(JAVA)) {
                throw new MojoExecutionException("iox-schema: outputs: Java's folder is javaOutputDirectory,"
                        + " not an entry of outputs");
            }
            if (output.getValue() == null || output.getValue().isBlank()) {
                throw new MojoExecutionException("iox-schema: outputs: no folder given for " + language);
            }
            folders.put(language, project.getBasedir().toPath().resolve(output.getValue().trim()).normalize());
        }
        if (folders.isEmpty()) {
            throw new MojoExecutionException("iox-schema: nothing to generate: generateJava is false and"
                    + " outputs names no language");
        }
        return folders;
    }

    Path javaDirectory() {
        return javaOutputDirectory.toPath().toAbsolutePath().normalize();
    }

    /** Fails the build with the schema's diagnostics in the log; warnings are logged too. */
    void reportDiagnostics(SchemaGeneration.Result result) throws MojoFailureException {
        long errors = DiagnosticLog.report(result.diagnostics(), getLog());
        if (errors > 0) {
            throw new MojoFailureException(DiagnosticLog.errorSummary(errors));
        }
    }

    /** A path as people read it in the log: relative to the project when it is inside. */
    String shown(Path path) {
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }
}

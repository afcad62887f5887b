package io.ioxschema.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ioxschema.layout.TargetAbi;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.Build;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin's configuration becomes the CLI's options value, or one clear message. */
class MojoConfigurationTest {

    @TempDir
    Path basedir;

    private CheckMojo mojo;

    @BeforeEach
    void aProjectWithOneSchema() throws IOException {
        Files.createDirectories(basedir.resolve("src/main/iox/sub"));
        Files.writeString(basedir.resolve("src/main/iox/sub/a.iox"), "package a; struct A { x: u8; }");
        MavenProject project = new MavenProject();
        project.setFile(basedir.resolve("pom.xml").toFile());
        Build build = new Build();
        build.setDirectory(basedir.resolve("target").toString());
        project.setBuild(build);
        mojo = new CheckMojo();
        mojo.project = project;
        mojo.schemaDirectory = basedir.resolve("src/main/iox").toFile();
        mojo.target = "x86_64-linux";
        mojo.generateJava = false;
        mojo.javaOutputDirectory = basedir.resolve("target/generated-sources/iox-schema").toFile();
    }

    private String failure() {
        return assertThrows(MojoExecutionException.class, mojo::settings).getMessage();
    }

    @Test
    void outputsAreResolvedAgainstTheProjectAndSchemasFoundWithTheDefaultPattern() throws MojoExecutionException {
        mojo.outputs = Map.of("c", "include/");
        mojo.target = "i686-linux";

        RunSettings settings = mojo.settings();

        assertEquals(List.of(basedir.resolve("src/main/iox/sub/a.iox")), settings.schemaFiles());
        assertEquals(Map.of("c", basedir.resolve("include")), settings.options().outputs());
        assertEquals(TargetAbi.I686_LINUX, settings.options().compile().target());
    }

    @Test
    void anUnknownLanguageOrTargetNamesTheKnownOnes() {
        mojo.outputs = Map.of("cobol", "out");
        assertTrue(failure().startsWith("iox-schema: unknown language 'cobol'; known: c, cpp,"), failure());

        mojo.outputs = Map.of("c", "out");
        mojo.target = "x86_64-windows";
        assertTrue(failure().startsWith("iox-schema: unknown target 'x86_64-windows'; known targets: x86_64-linux"),
                failure());
    }

    @Test
    void missingFoldersAndNoMatchingSchemaAreNamed() {
        mojo.outputs = Map.of("c", "out");
        mojo.includes = List.of("*.iox");
        assertEquals("iox-schema: no schema file in " + basedir.resolve("src/main/iox") + " matches [*.iox]", failure());

        mojo.includes = List.of();
        mojo.includeDirectories = List.of(new File(basedir.toFile(), "nope"));
        assertEquals("iox-schema: includeDirectories: " + basedir.resolve("nope") + " is not a folder", failure());

        mojo.includeDirectories = List.of();
        mojo.schemaDirectory = basedir.resolve("schemas").toFile();
        assertEquals("iox-schema: schemaDirectory " + basedir.resolve("schemas") + " is not a folder", failure());
    }

    @Test
    void javaHasItsOwnParameterAndSomethingMustBeGenerated() {
        assertEquals("iox-schema: nothing to generate: generateJava is false and outputs names no language",
                failure());
        mojo.outputs = Map.of("java", "src/main/java");
        assertEquals("iox-schema: outputs: Java's folder is javaOutputDirectory, not an entry of outputs", failure());
    }
}

package io.ioxschema.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ioxschema.CompileOptions;
import io.ioxschema.SchemaCompiler;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.gen.c.CGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeGenerationTest {

    @Test
    void twoSchemaFilesOnOneOutputFileAreAnErrorAndNothingIsGenerated(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("one.iox"), "package a.b_c; struct One { x: u8; }");
        Files.writeString(dir.resolve("main.iox"), "package a_b.c; import \"one.iox\"; struct Two { y: u8; }");
        SchemaLayout layout = SchemaCompiler.compile(dir.resolve("main.iox"), CompileOptions.defaults())
                .layout().orElseThrow();

        CodeGeneration.Result result = CodeGeneration.run(new GenerationInput(layout, "test"),
                List.of(new CGenerator()));

        assertTrue(result.hasErrors());
        assertTrue(result.files().isEmpty());
        assertEquals("c: two schema files would both be generated as a_b_c.h; give them distinct packages",
                result.diagnostics().getFirst().message());
    }

    @Test
    void filesThatDifferOnlyInCaseAreAnErrorAndNothingIsGenerated() {
        SchemaLayout layout = io.ioxschema.Schemas.layout("package p; struct Foo { x: u8; } struct FOO { y: u8; }");
        CodeGeneration.Result result = CodeGeneration.run(new GenerationInput(layout, "test"),
                List.of(GeneratorRegistry.require("c"), GeneratorRegistry.require("java")));
        assertTrue(result.files().isEmpty());
        assertEquals(List.of("java: p/Foo.java and p/FOO.java differ only in case, so one would overwrite the other on a"
                        + " case-insensitive file system (macOS, Windows); rename one of their types or packages"),
                result.diagnostics().stream().map(d -> d.message()).toList());
    }

    @Test
    void eachLanguageHasItsFilesInTheOrderAskedFor() {
        SchemaLayout layout = io.ioxschema.Schemas.layout("struct S { x: u8; }");
        CodeGeneration.Result result = CodeGeneration.run(new GenerationInput(layout, "test"),
                List.of(GeneratorRegistry.require("cpp"), GeneratorRegistry.require("c")));
        assertEquals(List.of("cpp", "c"), List.copyOf(result.files().keySet()));
        assertEquals(List.of("test.h"), result.files().get("c").stream().map(GeneratedFile::path).toList());
        assertEquals(List.of("test.hpp"), result.files().get("cpp").stream().map(GeneratedFile::path).toList());
    }
}

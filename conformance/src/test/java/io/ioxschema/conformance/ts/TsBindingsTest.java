package io.ioxschema.conformance.ts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ioxschema.conformance.support.Bindings;
import io.ioxschema.conformance.support.Fixtures;
import io.ioxschema.gen.GeneratedFile;
import io.ioxschema.gen.ts.TsGenerator;
import io.ioxschema.layout.TargetAbi;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated TypeScript of every valid fixture, for a 64-bit and a 32-bit target, and of
 * the sample, in one strict tsc project compiled once; then node imports every module
 * (so every struct's import-time layout check runs), imports a module whose constants were
 * tampered with (so the check must fail), and runs the behaviour script.
 */
class TsBindingsTest {

    private static final List<TargetAbi> TARGETS = List.of(TargetAbi.X86_64_LINUX, TargetAbi.I686_LINUX);
    private static final Path SAMPLE = Path.of("..", "samples", "sensor", "sensor.iox").toAbsolutePath().normalize();
    private static final String TAMPERED = "tampered/fixtures_padding.ts";

    @TempDir
    static Path project;

    /** Every generated module, as imported from the project's root. */
    private static final List<String> modules = new ArrayList<>();

    @BeforeAll
    static void generateAndCompile() throws IOException {
        for (TargetAbi target : TARGETS) {
            List<Path> schemas = new ArrayList<>(Fixtures.validFor(target));
            if (target.equals(TargetAbi.X86_64_LINUX)) {
                schemas.add(SAMPLE); // it uses u128
            }
            for (Path schema : schemas) {
                String folder = target.name() + "/" + (schema.equals(SAMPLE) ? "sample" : Fixtures.name(schema));
                for (GeneratedFile file : Bindings.write(Fixtures.layout(schema, target), "ts",
                        project.resolve(folder))) {
                    modules.add(TsGenerator.importPath(folder + "/" + file.path()));
                }
            }
        }
        tamper();
        write("check.ts", checkScript());
        try (InputStream behaviour = TsBindingsTest.class.getResourceAsStream("/ts/behaviour.ts")) {
            write("behaviour.ts", new String(behaviour.readAllBytes(), StandardCharsets.UTF_8));
        }
        Bindings.writeFiles(project, TsToolchain.project(List.of("**/*.ts")));
        TsToolchain.compile(project);
    }

    /** A copy of one module with an offset moved into a hole: still valid TypeScript, no longer a valid layout. */
    private static void tamper() throws IOException {
        String original = Files.readString(project.resolve("x86_64-linux/padding/fixtures_padding.ts"));
        String tampered = original.replaceFirst("b: \\{ offset: 8, size: 8, alignment: 8 }",
                "b: { offset: 4, size: 8, alignment: 8 }");
        assertNotEquals(original, tampered, "the field to tamper with was not found");
        write(TAMPERED, tampered);
        Files.copy(project.resolve("x86_64-linux/padding/iox_runtime.ts"), project.resolve("tampered/iox_runtime.ts"));
    }

    /** Imports every module in turn and reports each that throws; exits non-zero if any did. */
    private static String checkScript() {
        return """
                const modules: string[] = [
                %s
                ];
                const failures: string[] = [];
                for (const module of modules) {
                    try {
                        await import(module);
                    } catch (e) {
                        failures.push(`${module}: ${e instanceof Error ? e.message : String(e)}`);
                    }
                }
                console.log(`imported ${modules.length - failures.length} of ${modules.length} modules`);
                failures.forEach((f) => console.log(f));
                process.exitCode = failures.length === 0 ? 0 : 1;
                export {};
                """.formatted(modules.stream().map(m -> "    \"" + m + "\",").collect(Collectors.joining("\n")));
    }

    private static void write(String file, String content) throws IOException {
        Path path = project.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }

    @Test
    void everyGeneratedModuleCompilesUnderStrictTscAndPassesItsImportTimeLayoutCheck() {
        String output = TsToolchain.node(project, "out/check.js");
        assertTrue(output.contains("imported " + modules.size() + " of " + modules.size() + " modules"), output);
        assertTrue(modules.size() > 2 * Fixtures.valid().size(), "too few modules: " + modules);
    }

    @Test
    void aLayoutConstantThatDisagreesFailsTheImportTimeCheckWithAClearMessage() throws IOException {
        write("expect-failure.mjs", """
                try {
                    await import("./out/tampered/fixtures_padding.js");
                    console.log("imported without an error");
                } catch (e) {
                    console.log(e.message);
                }
                """);
        String output = TsToolchain.node(project, "expect-failure.mjs").strip();
        assertEquals("iox-schema: the generated layout of ByteWide (iceoryx2 type name \"ByteWide\") is"
                + " inconsistent: field b at offset 4 breaks its alignment 8; field b overlaps the bytes before"
                + " offset 8; fields and padding end at 12, not at SIZE 16", output);
    }

    @Test
    void generatedViewsBehaveAsDocumented() {
        String output = TsToolchain.node(project, "out/behaviour.js");
        assertTrue(output.contains(" passed, 0 failed"), output);
    }
}

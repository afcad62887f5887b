package io.ioxschema.conformance.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ioxschema.conformance.support.Bindings;
import io.ioxschema.conformance.support.Fixtures;
import io.ioxschema.conformance.support.Processes;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.layout.TargetAbi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated Python compiles, imports under {@code -W error} with its import-time layout
 * checks passing, behaves as documented, and refuses to import where ctypes lays it out
 * differently. One Python process per test, over every fixture at once.
 */
class PythonImportTest {

    @TempDir
    static Path root;

    static Map<String, SchemaLayout> packages;

    @BeforeAll
    static void generate() {
        packages = GeneratedPackages.writeAll(root);
    }

    @Test
    void everyGeneratedFileCompiles() throws IOException {
        List<String> command = new ArrayList<>(List.of(PythonToolchain.python(), "-W", "error", "-m", "py_compile"));
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".py")).map(Path::toString).sorted().forEach(command::add);
        }
        assertTrue(command.size() > 6 + packages.size() * 3, "every package has __init__, runtime and a module");
        Processes.run(root, command);
    }

    @Test
    void everyModuleImportsUnderWarningsAsErrors() {
        long modules = packages.values().stream().mapToLong(l -> l.schema().modules().size()).sum();
        long structs = packages.values().stream().mapToLong(l -> l.schema().allStructs().size()).sum();
        String output = Processes.run(root, List.of(PythonToolchain.python(), "-W", "error",
                GeneratedPackages.script("import_all.py", root).toString(), root.toString()));
        assertEquals("imported " + modules + " modules with " + structs + " structs", output.strip());
    }

    @Test
    void theApiConvertsChecksCapacitiesAndKeepsUnknownValues() {
        String output = Processes.run(root, List.of(PythonToolchain.python(), "-W", "error",
                GeneratedPackages.script("behaviour.py", root).toString(), root.toString()));
        assertEquals("ok", output.strip());
    }

    @Test
    void bindingsForAnotherTargetRefuseToImport(@TempDir Path other) {
        Path fixture = Fixtures.VALID.resolve("primitives.iox");
        Bindings.write(Fixtures.layout(fixture, TargetAbi.I686_LINUX), "python", other.resolve("fx_i686"));
        String output = Processes.run(other, List.of(PythonToolchain.python(), "-W", "error",
                GeneratedPackages.script("layout_error.py", other).toString(), other.toString(),
                "fx_i686.fixtures_primitives"));
        // An x86_64 (or aarch64) machine aligns u64 to 8 where i686 aligns it to 4.
        assertTrue(output.startsWith("LayoutError: AllPrimitives: "), output);
        assertTrue(output.contains("field 'wide_u' at offset 8 instead of 4"), output);
        assertTrue(output.contains("generated for i686-linux"), output);
    }
}

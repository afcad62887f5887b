package io.ioxschema.conformance.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ioxschema.conformance.support.Processes;
import io.ioxschema.gen.python.PythonTypes;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.layout.StructLayout;
import io.ioxschema.model.Module;
import io.ioxschema.model.StructDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated Python against the real iceoryx2 wheel, pinned to the version of the Rust crate. */
class PythonIceoryx2Test {

    @TempDir
    static Path root;

    static Map<String, SchemaLayout> packages;

    @BeforeAll
    static void generate() {
        packages = GeneratedPackages.writeAll(root);
    }

    @Test
    void iceoryx2ReadsEveryTypeNameSizeAndAlignmentAndCarriesEveryPayload() throws IOException {
        List<String> expected = new ArrayList<>();
        packages.forEach((folder, layout) -> {
            for (Module module : layout.schema().modules()) {
                for (StructDef struct : module.structs()) {
                    StructLayout structLayout = layout.of(struct);
                    expected.add(String.join("\t", folder, PythonTypes.moduleName(module.packageName()),
                            struct.name(), struct.typeName(), Long.toString(structLayout.size()),
                            Long.toString(structLayout.alignment())));
                }
            }
        });
        Path table = Files.write(root.resolve("expected_types.tsv"), expected);
        String output = Processes.run(root, List.of(PythonToolchain.python(), "-W", "error",
                GeneratedPackages.script("iceoryx2_types.py", root).toString(), root.toString(),
                table.toString()));
        assertEquals("iceoryx2 checked " + expected.size() + " types", output.strip());
    }

    @Test
    void aServiceOfTheSpecExampleCarriesValuesAndRefusesAnotherTypeName() {
        String output = Processes.run(root, List.of(PythonToolchain.python(), "-W", "error",
                GeneratedPackages.script("iceoryx2_service.py", root).toString(), root.toString()));
        assertEquals("ok", output.strip());
    }
}

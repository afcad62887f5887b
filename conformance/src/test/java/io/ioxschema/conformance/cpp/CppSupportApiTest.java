package io.ioxschema.conformance.cpp;

import io.ioxschema.conformance.support.Bindings;
import io.ioxschema.conformance.support.Processes;
import io.ioxschema.gen.GeneratedFile;
import io.ioxschema.layout.TargetAbi;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The accessors of StaticString and StaticVec and the flags operators behave as documented:
 * support_api.cpp runs them in constant expressions, so g++ executes every check (and rejects
 * any out-of-bounds access) while compiling.
 */
class CppSupportApiTest {

    @TempDir
    static Path work;

    @Test
    void containerAccessorsAndFlagsOperatorsBehave() throws IOException {
        GeneratedFixtures generated = GeneratedFixtures.write(work, TargetAbi.X86_64_LINUX);
        try (InputStream source = getClass().getResourceAsStream("/cpp/support_api.cpp")) {
            Bindings.writeFiles(generated.root(), List.of(new GeneratedFile("support_api.cpp",
                    new String(source.readAllBytes(), StandardCharsets.UTF_8))));
        }
        Processes.run(generated.root(), CppToolchain.command("-fsyntax-only", "support_api.cpp"));
    }
}

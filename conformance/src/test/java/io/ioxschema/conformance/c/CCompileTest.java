package io.ioxschema.conformance.c;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ioxschema.conformance.support.Bindings;
import io.ioxschema.conformance.support.Fixtures;
import io.ioxschema.conformance.support.Processes;
import io.ioxschema.gen.GeneratedFile;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.layout.TargetAbi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture's C headers compile warning-free as strict C11, and their
 * {@code _Static_assert}s hold: on x86_64 for x86_64 code and under {@code gcc -m32} for i686 code.
 */
class CCompileTest {

    @TempDir
    static Path work;

    static Stream<Arguments> cases() {
        return Stream.of(TargetAbi.X86_64_LINUX, TargetAbi.I686_LINUX)
                .flatMap(t -> Fixtures.validFor(t).stream().map(f -> Arguments.of(t.name(), Fixtures.name(f), f)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void headersCompileAndTheirLayoutAssertionsHold(String target, String name, Path fixture) throws IOException {
        SchemaLayout layout = Fixtures.layout(fixture, TargetAbi.byName(target).orElseThrow());
        Path dir = Files.createDirectories(work.resolve(target).resolve(name));
        List<GeneratedFile> headers = Bindings.write(layout, "c", dir);
        StringBuilder unit = new StringBuilder();
        // Each header twice: include guards must make that harmless.
        for (GeneratedFile header : headers) {
            unit.append("#include \"").append(header.path()).append("\"\n");
            unit.append("#include \"").append(header.path()).append("\"\n");
        }
        unit.append("int main(void) { return 0; }\n");
        Files.writeString(dir.resolve("unit.c"), unit);
        String mode = target.startsWith("i686") ? "-m32" : "-m64";
        Processes.run(dir, List.of("gcc", mode, "-std=c11", "-Wall", "-Wextra", "-Werror", "-pedantic", "-o", "unit",
                "unit.c"));
        assertTrue(Files.isRegularFile(dir.resolve("unit")));
    }
}

package io.ioxschema.conformance.vectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.ioxschema.conformance.support.Bindings;
import io.ioxschema.conformance.support.Fixtures;
import io.ioxschema.conformance.support.Processes;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.layout.TargetAbi;
import io.ioxschema.model.StructDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Shared byte test vectors: for every fixture and every language, the generated bindings
 * write the deterministic values into a zeroed buffer and must produce exactly the reference
 * bytes (so every language produces the same bytes), and must read the reference bytes back
 * value by value (so every language reads what the others wrote).
 */
class ByteVectorTest {

    @TempDir
    static Path work;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (VectorProgram program : ServiceLoader.load(VectorProgram.class)) {
            for (Path fixture : Fixtures.validFor(TargetAbi.X86_64_LINUX)) {
                cases.add(Arguments.of(program.language(), Fixtures.name(fixture), fixture, program));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void generatedBindingsWriteAndReadTheReferenceBytes(String language, String name, Path fixture,
                                                        VectorProgram program) throws IOException {
        SchemaLayout layout = Fixtures.layout(fixture, TargetAbi.X86_64_LINUX);
        Path dir = Files.createDirectories(work.resolve(name).resolve(language));
        Bindings.write(layout, language, dir);

        List<Value.StructOf> values = new ArrayList<>();
        int seed = 0;
        for (StructDef struct : layout.schema().root().structs()) {
            Value.StructOf value = TestVectors.of(struct, seed += 1000);
            values.add(value);
            Files.write(dir.resolve(struct.name() + ".ref.bin"), ReferenceEncoder.encode(layout, value));
        }
        Bindings.writeFiles(dir, program.program(layout, values));
        for (List<String> command : program.commands(dir)) {
            Processes.run(dir, command);
        }
        for (Value.StructOf value : values) {
            String struct = value.type().name();
            byte[] expected = Files.readAllBytes(dir.resolve(struct + ".ref.bin"));
            byte[] actual = Files.readAllBytes(dir.resolve(struct + "." + language + ".bin"));
            assertArrayEquals(expected, actual, () -> language + " wrote other bytes for " + struct + " of "
                    + name + "\nexpected " + HexFormat.of().formatHex(expected)
                    + "\nactual   " + HexFormat.of().formatHex(actual));
        }
    }
}

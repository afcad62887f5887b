package io.ioxschema.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ioxschema.Compilation;
import io.ioxschema.source.SourceFile;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Layouts at the edges of what the compiler accepts: sizes just below its 2^31 - 1 byte limit
 * and the largest alignment gcc supports. Kept out of the shared fixtures, since other tests
 * of those may allocate the structs.
 */
class ExtremeLayoutTest {

    private static final String SCHEMA = """
            package extreme;
            struct MaxArray { a: [u8; 2147483647]; }
            struct NearMax { a: [u8; 2147483640]; b: u32; }
            struct HugeString { s: string<2147483630>; }
            struct HugeVec { v: vec<u16, 1000000000>; }
            /// gcc's largest alignment on every target: 2^28.
            @align(1 << 28)
            struct MaxAlign { a: u8; }
            struct MaxAlignField { a: u8; @align(1 << 28) b: u8; c: u16; }
            """;

    static Stream<GccTarget> targets() {
        return GccTarget.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void gccAgreesAtTheLimits(GccTarget target) {
        Gcc.requireInstalled(target);
        Compilation compilation = SchemaCompilations.compile(SourceFile.of("extreme.iox", SCHEMA), target);
        assertFalse(compilation.hasErrors(), () -> SchemaCompilations.errors(compilation));
        CLayoutProgram program = new CLayoutProgram(target);
        program.add("extreme.iox", compilation.layout().orElseThrow());
        GccLayoutCheck.Result result = GccLayoutCheck.run(program, "extreme-" + target);
        assertEquals(List.of(), result.mismatches(), () -> String.join("\n", result.mismatches()));
    }
}

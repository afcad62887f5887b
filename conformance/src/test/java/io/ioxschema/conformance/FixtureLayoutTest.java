package io.ioxschema.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ioxschema.Compilation;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.conformance.support.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compiler's layout of every valid fixture schema equals gcc's, on every target: struct
 * sizes and alignments, field offsets, sizes and alignments. Fixtures that use 128-bit
 * integers are laid out on the 64-bit targets and must be rejected on the 32-bit ones.
 */
class FixtureLayoutTest {

    private static List<Path> fixtures;

    @BeforeAll
    static void copyFixtures() {
        fixtures = Fixtures.valid();
        assertTrue(fixtures.size() >= 12, "expected at least 12 valid fixtures, found " + fixtures);
    }

    static Stream<GccTarget> targets() {
        return GccTarget.ALL.stream();
    }

    static Stream<GccTarget> targetsWithout128BitIntegers() {
        return GccTarget.ALL.stream().filter(t -> !t.has128BitIntegers());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void gccLaysOutEveryFixtureLikeTheCompiler(GccTarget target) {
        Gcc.requireInstalled(target);
        CLayoutProgram program = new CLayoutProgram(target);
        int structs = 0;
        for (Path fixture : fixtures) {
            if (!target.has128BitIntegers() && uses128Bit(fixture)) {
                continue; // an error there: see the test below
            }
            Compilation compilation = SchemaCompilations.compile(fixture, target);
            assertFalse(compilation.hasErrors(), () -> fixture.getFileName() + " does not compile for " + target
                    + ":\n" + SchemaCompilations.errors(compilation));
            SchemaLayout layout = compilation.layout().orElseThrow();
            program.add(fixture.getFileName().toString(), layout);
            structs += layout.structs().size();
        }
        GccLayoutCheck.Result result = GccLayoutCheck.run(program, "fixtures-" + target);
        System.out.printf("%s: %d structs of the fixtures, %d numbers compared with gcc%n", target, structs,
                result.compared());
        assertEquals(List.of(), result.mismatches(), () -> result.mismatches().size() + " layout mismatches on "
                + target + " (C in " + GccLayoutCheck.WORK_DIR.toAbsolutePath() + "):\n"
                + String.join("\n", result.mismatches()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targetsWithout128BitIntegers")
    void fixturesWith128BitIntegersAreAnErrorOn32BitTargets(GccTarget target) {
        List<Path> wide = fixtures.stream().filter(FixtureLayoutTest::uses128Bit).toList();
        assertFalse(wide.isEmpty(), "no fixture uses u128 or i128");
        for (Path fixture : wide) {
            Compilation compilation = SchemaCompilations.compile(fixture, target);
            assertTrue(compilation.layout().isEmpty(), fixture.getFileName() + " has a layout on " + target);
            String errors = SchemaCompilations.errors(compilation);
            assertTrue(errors.matches("(?s).*uses [ui]128, which is not available on " + target.name() + ".*"),
                    () -> fixture.getFileName() + " on " + target + " should report the 128-bit type, but says:\n"
                            + errors);
        }
    }

    /** Whether the fixture uses u128 or i128, read from its model on a 64-bit target. */
    private static boolean uses128Bit(Path fixture) {
        Compilation compilation = SchemaCompilations.compile(fixture, GccTarget.X86_64);
        assertFalse(compilation.hasErrors(), () -> fixture.getFileName() + " does not compile for x86_64:\n"
                + SchemaCompilations.errors(compilation));
        return SchemaFeatures.uses128Bit(compilation.layout().orElseThrow().schema());
    }
}

package io.ioxschema.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ioxschema.Compilation;
import io.ioxschema.source.SourceFile;
import io.ioxschema.testing.RandomSchemas;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The compiler's layout of random valid schemas equals gcc's on every target. Each try
 * compiles a batch of schemas into one C file per target, so gcc starts four times a try
 * rather than four times a schema; the four run side by side.
 */
class RandomLayoutTest {

    private static final int SCHEMAS_PER_TRY = 8;

    @BeforeContainer
    static void requireToolchains() {
        GccTarget.ALL.forEach(Gcc::requireInstalled);
    }

    @Property(tries = 200, shrinking = ShrinkingMode.OFF)
    void gccLaysOutRandomSchemasLikeTheCompiler(@ForAll("batches") List<String> schemas) {
        Map<String, String> textByName = new LinkedHashMap<>();
        for (int i = 0; i < schemas.size(); i++) {
            textByName.put("random" + i + ".iox", schemas.get(i));
        }
        List<CLayoutProgram> programs = GccTarget.ALL.stream().map(t -> program(t, textByName)).toList();
        List<String> mismatches = programs.parallelStream()
                .map(p -> GccLayoutCheck.run(p, "random-" + p.target()))
                .flatMap(r -> r.mismatches().stream()).toList();
        assertEquals(List.of(), mismatches, () -> mismatches.size() + " layout mismatches:\n"
                + String.join("\n", mismatches) + "\n\nin these schemas:\n" + involved(textByName, mismatches));
    }

    @Provide
    Arbitrary<List<String>> batches() {
        // One schema in four may use u128 and i128, and is then checked on the 64-bit targets only.
        Arbitrary<String> schema = Arbitraries.frequencyOf(
                Tuple.of(3, RandomSchemas.schemas(false)), Tuple.of(1, RandomSchemas.schemas(true)));
        return schema.list().ofSize(SCHEMAS_PER_TRY);
    }

    /** Every schema that is valid on the target; one using 128-bit integers must be an error elsewhere. */
    private static CLayoutProgram program(GccTarget target, Map<String, String> textByName) {
        CLayoutProgram program = new CLayoutProgram(target);
        textByName.forEach((name, text) -> {
            Compilation compilation = SchemaCompilations.compile(SourceFile.of(name, text), target);
            if (!target.has128BitIntegers() && uses128Bit(name, text)) {
                assertTrue(compilation.hasErrors(), () -> name + " uses 128-bit integers but compiles for " + target
                        + ":\n" + text);
                return;
            }
            assertFalse(compilation.hasErrors(), () -> "a generated schema does not compile for " + target + ":\n"
                    + SchemaCompilations.errors(compilation) + "\n" + text);
            program.add(name, compilation.layout().orElseThrow());
        });
        return program;
    }

    private static boolean uses128Bit(String name, String text) {
        Compilation compilation = SchemaCompilations.compile(SourceFile.of(name, text), GccTarget.X86_64);
        assertFalse(compilation.hasErrors(), () -> "a generated schema does not compile for x86_64:\n"
                + SchemaCompilations.errors(compilation) + "\n" + text);
        return SchemaFeatures.uses128Bit(compilation.layout().orElseThrow().schema());
    }

    private static String involved(Map<String, String> textByName, List<String> mismatches) {
        List<String> parts = new ArrayList<>();
        textByName.forEach((name, text) -> {
            if (mismatches.stream().anyMatch(m -> m.contains(": " + name + " struct "))) {
                parts.add("--- " + name + "\n" + text);
            }
        });
        return String.join("\n", parts);
    }
}

package io.ioxschema.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.ioxschema.Compilation;
import io.ioxschema.SchemaCompiler;
import io.ioxschema.diag.Diagnostic;
import io.ioxschema.diag.DiagnosticRenderer;
import io.ioxschema.diag.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles every schema under {@code fixtures/invalid} (bad ones, and a few valid ones that
 * must be warned about) and checks that it gets exactly the diagnostics its comments demand:
 * each one at its line, and nothing else.
 */
class InvalidFixturesTest {

    static Stream<InvalidFixture> fixtures() {
        return FixtureFiles.cases().stream().map(InvalidFixture::read);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsExactlyTheExpectedDiagnostics(InvalidFixture fixture) {
        Compilation compilation = SchemaCompiler.compile(fixture.root(), fixture.options());

        List<Diagnostic> unmatched = new ArrayList<>(compilation.diagnostics());
        List<ExpectedDiagnostic> missing = new ArrayList<>();
        for (ExpectedDiagnostic expected : fixture.expected()) {
            unmatched.stream().filter(expected::matches).findFirst()
                    .ifPresentOrElse(unmatched::remove, () -> missing.add(expected));
        }
        if (!missing.isEmpty() || !unmatched.isEmpty()) {
            fail("missing: " + missing + "\nunexpected:\n" + render(unmatched)
                    + "\nall diagnostics:\n" + render(compilation.diagnostics()));
        }
        boolean expectsError = fixture.expected().stream().anyMatch(e -> e.severity() == Severity.ERROR);
        assertEquals(expectsError, compilation.layout().isEmpty(), "a layout exactly when there is no error");
    }

    /** Guards against a fixture whose expectations were mistyped and so demand nothing. */
    @Test
    void everyFixtureExpectsADiagnostic() {
        List<InvalidFixture> all = fixtures().toList();
        assertFalse(all.isEmpty(), "no fixtures found");
        List<String> withoutExpectation = all.stream().filter(f -> f.expected().isEmpty())
                .map(InvalidFixture::name).toList();
        assertTrue(withoutExpectation.isEmpty(), "fixtures without an expect line: " + withoutExpectation);
    }

    private static String render(List<Diagnostic> diagnostics) {
        DiagnosticRenderer renderer = new DiagnosticRenderer(false);
        return diagnostics.stream().map(renderer::render).collect(Collectors.joining());
    }
}

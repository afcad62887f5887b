package io.ioxschema.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ioxschema.CompileOptions;
import io.ioxschema.SchemaCompiler;
import io.ioxschema.diag.Diagnostic;
import io.ioxschema.diag.DiagnosticRenderer;
import io.ioxschema.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text users read: {@code file:line:col: severity: message}, the source line, a caret under the spot. */
class DiagnosticRendererTest {

    private final DiagnosticRenderer plain = new DiagnosticRenderer(false);

    @Test
    void rendersLocationMessageSourceLineAndCaret() {
        Diagnostic unknownType = only(compile("package demo;\n\nstruct S {\n    a: Foo;\n}\n"));

        assertEquals("""
                demo.iox:4:8: error: unknown type 'Foo'
                    a: Foo;
                       ^~~
                """, plain.render(unknownType));
    }

    @Test
    void rendersWarningsWithTheirSeverity() {
        Diagnostic portability = only(compile("package demo;\nstruct S {\n    a: u32;\n    b: f64;\n}\n"));

        assertEquals("""
                demo.iox:4:5: warning: portability: field 'S.b' is at offset 8 on x86_64-linux, aarch64-linux, \
                armv7-linux but 4 on i686-linux
                    b: f64;
                    ^
                """, plain.render(portability));
    }

    @Test
    void keepsTheCaretUnderTheSpotWhenTheLineHasTabs() {
        Diagnostic unknownType = only(compile("package demo;\nstruct S {\n\ta: Foo;\n}\n"));

        assertEquals("""
                demo.iox:3:5: error: unknown type 'Foo'
                 a: Foo;
                    ^~~
                """, plain.render(unknownType));
    }

    @Test
    void pointsAfterTheLastTokenWhenASemicolonIsMissing() {
        Diagnostic missing = only(compile("package demo;\nconst N = 16\n"));

        assertEquals("""
                demo.iox:2:13: error: missing ';' after '16'
                const N = 16
                            ^
                """, plain.render(missing));
    }

    @Test
    void countsColumnsInCodePointsLikeTheLexer() {
        Diagnostic unknownType = only(compile("package demo;\nstruct S {\n    /* \uD83D\uDE00 */ a: Foo;\n}\n"));

        // 15 code points precede Foo, though the line holds 16 chars (the emoji is a surrogate pair).
        assertEquals("demo.iox:3:16: error: unknown type 'Foo'\n"
                + "    /* \uD83D\uDE00 */ a: Foo;\n"
                + " ".repeat(15) + "^~~\n", plain.render(unknownType));
    }

    /** The lexer ends lines only at '\n'; the excerpt must be the line it means. */
    @Test
    void showsTheLexersLineWhenLinesEndInCarriageReturns() {
        Diagnostic unknownType = only(compile("package demo;\rstruct S { a: Foo; }\r"));

        assertEquals("""
                demo.iox:1:29: error: unknown type 'Foo'
                package demo; struct S { a: Foo; }
                                            ^~~
                """, plain.render(unknownType));
    }

    @Test
    void escapesControlCharactersQuotedInAMessage() {
        Diagnostic missing = only(compile("package demo;\nimport \"\u001b[2J.iox\";\n"));

        String rendered = plain.render(missing);

        assertTrue(rendered.startsWith("demo.iox:2:8: error: cannot find imported file \"\\u001b[2J.iox\""), rendered);
    }

    @Test
    void colourWrapsTheSamePartsInEscapeCodes() {
        Diagnostic unknownType = only(compile("package demo;\nstruct S {\n    a: Foo;\n}\n"));

        String coloured = new DiagnosticRenderer(true).render(unknownType);

        assertTrue(coloured.contains("\u001b["), coloured);
        assertEquals(plain.render(unknownType), coloured.replaceAll("\u001b\\[[0-9;]*m", ""));
    }

    private static List<Diagnostic> compile(String text) {
        return SchemaCompiler.compile(SourceFile.of("demo.iox", text), CompileOptions.defaults()).diagnostics();
    }

    private static Diagnostic only(List<Diagnostic> diagnostics) {
        assertEquals(1, diagnostics.size(), () -> "expected one diagnostic, got " + diagnostics);
        return diagnostics.getFirst();
    }
}

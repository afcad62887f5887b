package io.ioxschema.diag;

import io.ioxschema.source.SourceFile;
import io.ioxschema.source.SourceSpan;

/**
 * Renders a diagnostic the way gcc and rustc users read them:
 * {@code file:line:col: error: message}, the source line, a caret under the spot. Not for use by
 * several threads at once (it remembers the lines of the file it showed last).
 */
public final class DiagnosticRenderer {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[1;31m";
    private static final String MAGENTA = "\u001b[1;35m";
    private static final String GREEN = "\u001b[1;32m";

    private final boolean color;
    private SourceFile linesFile;
    private SourceLines lines;

    public DiagnosticRenderer(boolean color) {
        this.color = color;
    }

    public String render(Diagnostic d) {
        StringBuilder out = new StringBuilder();
        String severityColor = d.isError() ? RED : MAGENTA;
        d.span().ifPresent(s -> out.append(paint(BOLD, s.location() + ":")).append(' '));
        out.append(paint(severityColor, d.severity().label() + ":")).append(' ')
                .append(paint(BOLD, printable(d.message()))).append('\n');
        d.span().ifPresent(s -> appendExcerpt(out, s));
        return out.toString();
    }

    private void appendExcerpt(StringBuilder out, SourceSpan span) {
        String line = linesOf(span.file()).line(span.line());
        if (line.isEmpty()) {
            return;
        }
        // Columns and lengths count code points, as the lexer does. Tabs and other control
        // characters print as one space each, so the caret stays under the spot.
        int[] codePoints = line.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c).toArray();
        out.append(new String(codePoints, 0, codePoints.length)).append('\n');
        int start = Math.min(span.column() - 1, codePoints.length);
        int width = Math.max(1, Math.min(span.length(), codePoints.length - start));
        String marker = "^" + "~".repeat(width - 1);
        out.append(" ".repeat(start)).append(paint(GREEN, marker)).append('\n');
    }

    /** Diagnostics come grouped by file, so remembering the last file's lines is enough. */
    private SourceLines linesOf(SourceFile file) {
        if (file != linesFile) {
            linesFile = file;
            lines = new SourceLines(file.text());
        }
        return lines;
    }

    /** Messages quote the user's text (import paths, names); its control characters must not reach a terminal. */
    private static String printable(String message) {
        StringBuilder out = new StringBuilder();
        message.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private String paint(String code, String text) {
        return color ? code + text + RESET : text;
    }
}

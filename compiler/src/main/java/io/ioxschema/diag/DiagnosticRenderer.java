package io.ioxschema.diag;

import io.ioxschema.source.SourceSpan;

/**
 * Renders a diagnostic the way gcc and rustc users read them:
 * {@code file:line:col: error: message}, the source line, a caret under the spot.
 */
public final class DiagnosticRenderer {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[1;31m";
    private static final String MAGENTA = "\u001b[1;35m";
    private static final String GREEN = "\u001b[1;32m";

    private final boolean color;

    public DiagnosticRenderer(boolean color) {
        this.color = color;
    }

    public String render(Diagnostic d) {
        StringBuilder out = new StringBuilder();
        String severityColor = d.isError() ? RED : MAGENTA;
        d.span().ifPresent(s -> out.append(paint(BOLD, s.location() + ":")).append(' '));
        out.append(paint(severityColor, d.severity().label() + ":")).append(' ')
                .append(paint(BOLD, d.message())).append('\n');
        d.span().ifPresent(s -> appendExcerpt(out, s));
        return out.toString();
    }

    private void appendExcerpt(StringBuilder out, SourceSpan span) {
        String line = span.file().line(span.line());
        if (line.isEmpty()) {
            return;
        }
        String shown = line.replace('\t', ' ');
        out.append(shown).append('\n');
        int start = Math.min(span.column() - 1, shown.length());
        int width = Math.max(1, Math.min(span.length(), shown.length() - start));
        String marker = "^" + "~".repeat(width - 1);
        out.append(" ".repeat(start)).append(paint(GREEN, marker)).append('\n');
    }

    private String paint(String code, String text) {
        return color ? code + text + RESET : text;
    }
}

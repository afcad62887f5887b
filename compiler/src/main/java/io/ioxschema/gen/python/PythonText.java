package io.ioxschema.gen.python;

import io.ioxschema.model.Doc;
import java.util.ArrayList;
import java.util.List;

/** Text made safe for Python source: string literals, docstrings and comments. */
final class PythonText {

    private PythonText() {
    }

    /** A double-quoted string literal. */
    static String literal(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * A docstring line that cannot end the docstring early: backslashes escaped, and each
     * quote that another quote or the end of the line follows.
     */
    static String docstringLine(String text) {
        return text.replace("\\", "\\\\").replaceAll("\"(?=\"|$)", "\\\\\"");
    }

    /** A docstring of the doc comment's lines, then the paragraphs given (each may be several lines). */
    static PythonModule.Doc docstring(Doc doc, List<String> paragraphs) {
        List<String> lines = new ArrayList<>(doc.lines().stream().map(PythonText::docstringLine).toList());
        for (String paragraph : paragraphs) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.addAll(paragraph.lines().map(PythonText::docstringLine).toList());
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return new PythonModule.Doc(lines.getFirst(), lines.subList(1, lines.size()).stream()
                .map(PythonModule.Line::new).toList());
    }
}

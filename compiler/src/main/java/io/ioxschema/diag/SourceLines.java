package io.ioxschema.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a schema text as the lexer numbers them: only {@code \n} ends a line (a
 * {@code \r} before it is dropped). Indexed once, so showing many diagnostics of one file
 * does not scan the text again for each.
 */
final class SourceLines {

    private final String text;
    private final int[] starts;

    SourceLines(String text) {
        this.text = text;
        List<Integer> found = new ArrayList<>();
        found.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            found.add(i + 1);
        }
        this.starts = found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Line {@code number} (1-based) without its line end, or "" past the end. */
    String line(int number) {
        if (number < 1 || number > starts.length) {
            return "";
        }
        int start = starts[number - 1];
        int end = number < starts.length ? starts[number] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(start, end);
    }
}

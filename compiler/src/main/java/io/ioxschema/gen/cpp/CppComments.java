package io.ioxschema.gen.cpp;

import io.ioxschema.model.Doc;
import java.util.List;

/** Doc comments as C++ comments, one per line. */
final class CppComments {

    private CppComments() {
    }

    /**
     * {@code ///} lines, except that a line ending in a backslash would splice the next
     * source line into the comment (and -Wcomment rejects it): that line becomes a block comment.
     */
    static List<String> of(Doc doc) {
        return doc.lines().stream()
                .map(line -> line.endsWith("\\") ? "/** " + line.replace("*/", "* /") + " */" : ("///" + (line.isEmpty() ? "" : " " + line)))
                .toList();
    }
}

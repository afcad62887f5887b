package io.ioxschema.gen;

import io.ioxschema.model.Doc;
import java.util.List;

/** Doc comments made safe for a language's comment syntax. */
public final class DocLines {

    private DocLines() {
    }

    /** Lines with any sequence that would end a block comment ({@code * /}) broken up. */
    public static List<String> forBlockComment(Doc doc) {
        return doc.lines().stream().map(l -> l.replace("*/", "* /")).toList();
    }
}

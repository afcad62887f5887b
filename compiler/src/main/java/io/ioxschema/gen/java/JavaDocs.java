package io.ioxschema.gen.java;

import com.palantir.javapoet.CodeBlock;
import io.ioxschema.model.Doc;

/**
 * Schema text made safe for Java comments. javac reads {@code \}{@code u} escapes even inside
 * comments, so a backslash never reaches a comment as written; Javadoc is HTML, so markup
 * characters become entities.
 */
final class JavaDocs {

    private JavaDocs() {
    }

    /** One line of Javadoc text: HTML-escaped, no tag, no comment end, no unicode escape. */
    static String text(String line) {
        StringBuilder out = new StringBuilder();
        for (char c : line.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '/' -> out.append(out.length() > 0 && out.charAt(out.length() - 1) == '*' ? "&#47;" : "/");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The schema's doc comment as Javadoc paragraphs, one line each; empty when there is none. */
    static CodeBlock of(Doc doc) {
        CodeBlock.Builder block = CodeBlock.builder();
        doc.lines().forEach(line -> block.add("$L\n", text(line)));
        return block.build();
    }

    /** A doc followed by a paragraph (both may be empty). */
    static CodeBlock with(Doc doc, String paragraph) {
        CodeBlock.Builder block = of(doc).toBuilder();
        if (paragraph.isEmpty()) {
            return block.build();
        }
        if (!doc.isEmpty()) {
            block.add("\n<p>");
        }
        return block.add("$L\n", paragraph).build();
    }

    /** Text for a {@code //} comment: every backslash doubled, so none can start a unicode escape. */
    static String lineComment(String text) {
        return text.replace("\\", "\\\\");
    }
}

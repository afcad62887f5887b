package io.ioxschema.syntax;

import io.ioxschema.diag.Diagnostics;
import io.ioxschema.grammar.IoxSchemaLexer;
import io.ioxschema.source.SourceFile;
import io.ioxschema.source.SourceSpan;
import java.util.List;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Turns ANTLR's syntax errors into diagnostics a schema author can act on. */
final class SyntaxErrorListener extends BaseErrorListener {

    private static final int MAX_EXPECTED_SHOWN = 8;

    private final SourceFile source;
    private final Diagnostics diagnostics;

    SyntaxErrorListener(SourceFile source, Diagnostics diagnostics) {
        this.source = source;
        this.diagnostics = diagnostics;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
                            int charPositionInLine, String msg, RecognitionException e) {
        if (recognizer instanceof Parser parser && offendingSymbol instanceof Token token) {
            SourceSpan span = new SourceSpan(source, line, charPositionInLine + 1, tokenLength(token));
            diagnostics.error(span, parserMessage(parser, token));
        } else {
            diagnostics.error(new SourceSpan(source, line, charPositionInLine + 1, 1), lexerMessage(msg));
        }
    }

    private static int tokenLength(Token token) {
        String text = token.getText();
        return token.getType() == Token.EOF || text == null ? 1 : text.length();
    }

    private static String lexerMessage(String antlrMessage) {
        String prefix = "token recognition error at: '";
        String text = antlrMessage.startsWith(prefix)
                ? antlrMessage.substring(prefix.length(), antlrMessage.length() - 1) : antlrMessage;
        if (text.startsWith("\"")) {
            return "unterminated string literal";
        }
        return "unexpected character '" + printable(text) + "'";
    }

    private static String parserMessage(Parser parser, Token token) {
        IntervalSet expected = parser.getExpectedTokens();
        Vocabulary vocabulary = parser.getVocabulary();
        boolean isKeyword = vocabulary.getLiteralName(token.getType()) != null
                && Character.isLetter(token.getText().charAt(0));
        if ((isKeyword || token.getType() == IoxSchemaLexer.PRIMITIVE) && expected.contains(IoxSchemaLexer.IDENT)) {
            return "'" + token.getText() + "' is a keyword of the schema language and cannot be used as a name";
        }
        String found = token.getType() == Token.EOF ? "end of file" : "'" + printable(token.getText()) + "'";
        return "unexpected " + found + describeExpected(expected, vocabulary);
    }

    private static String describeExpected(IntervalSet expected, Vocabulary vocabulary) {
        List<String> names = expected.toList().stream().map(t -> displayName(t, vocabulary)).distinct().toList();
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return "; expected " + names.getFirst();
        }
        String shown = names.stream().limit(MAX_EXPECTED_SHOWN).collect(Collectors.joining(", "));
        return "; expected one of " + shown + (names.size() > MAX_EXPECTED_SHOWN ? ", ..." : "");
    }

    private static String displayName(int type, Vocabulary vocabulary) {
        return switch (type) {
            case Token.EOF -> "end of file";
            case IoxSchemaLexer.IDENT -> "a name";
            case IoxSchemaLexer.INT -> "a number";
            case IoxSchemaLexer.STRING -> "a string";
            case IoxSchemaLexer.PRIMITIVE -> "a primitive type";
            default -> {
                String literal = vocabulary.getLiteralName(type);
                yield literal != null ? literal : vocabulary.getDisplayName(type);
            }
        };
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}

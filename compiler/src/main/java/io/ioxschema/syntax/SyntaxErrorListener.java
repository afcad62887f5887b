package io.ioxschema.syntax;

import io.ioxschema.diag.Diagnostics;
import io.ioxschema.grammar.IoxSchemaLexer;
import io.ioxschema.source.SourceFile;
import io.ioxschema.source.SourceSpan;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Turns ANTLR's syntax errors into diagnostics a schema author can act on. */
final class SyntaxErrorListener extends BaseErrorListener {

    private static final int MAX_EXPECTED_SHOWN = 8;

    private final SourceFile source;
    private final Diagnostics diagnostics;

    /** Token indexes of unterminated strings: each swallowed the rest of its line. */
    private final Set<Integer> unterminatedStrings = new HashSet<>();

    SyntaxErrorListener(SourceFile source, Diagnostics diagnostics) {
        this.source = source;
        this.diagnostics = diagnostics;
    }

    /**
     * Reports each comment that the file ends in, and each string that the line ends in; the
     * string goes to the parser as a string. The parser error that follows such a string is
     * left out: it only reflects the text the string swallowed.
     */
    void reportUnterminated(CommonTokenStream tokens) {
        tokens.fill();
        for (Token token : tokens.getTokens()) {
            if (token.getType() == IoxSchemaLexer.UNTERMINATED_BLOCK_COMMENT) {
                diagnostics.error(new SourceSpan(source, token.getLine(), token.getCharPositionInLine() + 1, 2),
                        "unterminated comment: this '/*' has no closing '*/'");
            }
            if (token.getType() == IoxSchemaLexer.UNTERMINATED_STRING) {
                diagnostics.error(new SourceSpan(source, token.getLine(), token.getCharPositionInLine() + 1, 1),
                        "unterminated string literal: close it with '\"' on the same line");
                ((WritableToken) token).setType(IoxSchemaLexer.STRING);
                unterminatedStrings.add(token.getTokenIndex());
            }
        }
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
                            int charPositionInLine, String msg, RecognitionException e) {
        if (recognizer instanceof Parser parser && offendingSymbol instanceof Token token) {
            Token previous = previousOnChannel(parser.getInputStream(), token);
            if (previous != null && unterminatedStrings.contains(previous.getTokenIndex())) {
                return;
            }
            if (previous != null && previous.getLine() < line
                    && parser.getExpectedTokens().contains(IoxSchemaLexer.SEMI)) {
                // A ';' forgotten at the end of a line shows at the next line's first token; point at the gap.
                SourceSpan after = new SourceSpan(source, previous.getLine(),
                        previous.getCharPositionInLine() + tokenLength(previous) + 1, 1);
                diagnostics.error(after, "missing ';' after '" + printable(previous.getText()) + "'");
                return;
            }
            SourceSpan span = new SourceSpan(source, line, charPositionInLine + 1, tokenLength(token));
            diagnostics.error(span, parserMessage(parser, token));
        } else {
            diagnostics.error(new SourceSpan(source, line, charPositionInLine + 1, 1), lexerMessage(msg));
        }
    }

    private static Token previousOnChannel(TokenStream tokens, Token token) {
        for (int i = token.getTokenIndex() - 1; i >= 0; i--) {
            Token candidate = tokens.get(i);
            if (candidate.getChannel() == Token.DEFAULT_CHANNEL) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * A name is expected, and not a number: where an expression may stand ({@code [u8; u8]}),
     * a keyword is not a misplaced name but a misplaced type, and the plain message fits better.
     */
    static boolean wantsName(IntervalSet expected) {
        return expected.contains(IoxSchemaLexer.IDENT) && !expected.contains(IoxSchemaLexer.INT);
    }

    /** A word of the schema language (including primitive type names), as opposed to punctuation. */
    static boolean isKeyword(Token token, Vocabulary vocabulary) {
        return token.getType() == IoxSchemaLexer.PRIMITIVE || (vocabulary.getLiteralName(token.getType()) != null
                && !token.getText().isEmpty() && Character.isLetter(token.getText().charAt(0)));
    }

    private static int tokenLength(Token token) {
        String text = token.getText();
        return token.getType() == Token.EOF || text == null ? 1 : text.length();
    }

    private static String lexerMessage(String antlrMessage) {
        String prefix = "token recognition error at: '";
        String text = antlrMessage.startsWith(prefix)
                ? antlrMessage.substring(prefix.length(), antlrMessage.length() - 1) : antlrMessage;
        return "unexpected character '" + printable(text) + "'";
    }

    private static String parserMessage(Parser parser, Token token) {
        IntervalSet expected = parser.getExpectedTokens();
        Vocabulary vocabulary = parser.getVocabulary();
        if (isKeyword(token, vocabulary) && wantsName(expected)) {
            return "'" + token.getText() + "' is a keyword of the schema language and cannot be used as a name";
        }
        if (token.getType() == IoxSchemaLexer.IMPORT && !expected.contains(IoxSchemaLexer.IMPORT)) {
            return "imports must come before all declarations (after the package declaration, if any)";
        }
        if (token.getType() == IoxSchemaLexer.PACKAGE && !expected.contains(IoxSchemaLexer.PACKAGE)) {
            return "the package declaration must come first in the file, and only once";
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

package io.ioxschema.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Attaches {@code ///} comments: a comment on a line of its own documents what follows;
 * one that ends a line holding a field or enum value documents that member.
 */
final class DocComments {

    private static final int DOC_CHANNEL = 2;

    private final CommonTokenStream tokens;
    /** Trailing comments, by the index of the token they follow (a member's last token). */
    private final Map<Integer, String> trailing = new HashMap<>();

    DocComments(CommonTokenStream tokens) {
        this.tokens = tokens;
        tokens.fill();
        for (Token token : tokens.getTokens()) {
            if (isDoc(token)) {
                Token previous = previousOnChannel(token.getTokenIndex());
                if (previous != null && previous.getLine() == token.getLine()) {
                    trailing.put(ownerIndex(previous), text(token));
                }
            }
        }
    }

    Ast.Doc leading(ParserRuleContext ctx) {
        List<Token> hidden = tokens.getHiddenTokensToLeft(ctx.getStart().getTokenIndex(), DOC_CHANNEL);
        List<String> lines = new ArrayList<>();
        if (hidden != null) {
            for (Token token : hidden) {
                if (isDoc(token) && !isTrailing(token)) {
                    lines.add(text(token));
                }
            }
        }
        return new Ast.Doc(List.copyOf(lines));
    }

    /** Leading lines, then the comment at the end of the member's own line. */
    Ast.Doc member(ParserRuleContext ctx) {
        List<String> lines = new ArrayList<>(leading(ctx).lines());
        String after = trailing.get(ctx.getStop().getTokenIndex());
        if (after != null) {
            lines.add(after);
        }
        return new Ast.Doc(List.copyOf(lines));
    }

    private boolean isTrailing(Token token) {
        Token previous = previousOnChannel(token.getTokenIndex());
        return previous != null && previous.getLine() == token.getLine();
    }

    /** A separator after a member ({@code ,}) belongs to the member before it. */
    private int ownerIndex(Token previous) {
        if (",".equals(previous.getText())) {
            Token before = previousOnChannel(previous.getTokenIndex());
            return before != null ? before.getTokenIndex() : previous.getTokenIndex();
        }
        return previous.getTokenIndex();
    }

    private Token previousOnChannel(int index) {
        for (int i = index - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            if (token.getChannel() == Token.DEFAULT_CHANNEL) {
                return token;
            }
        }
        return null;
    }

    private static boolean isDoc(Token token) {
        return token.getChannel() == DOC_CHANNEL && !token.getText().startsWith("////");
    }

    private static String text(Token token) {
        String body = token.getText().substring(3);
        return (body.startsWith(" ") ? body.substring(1) : body).stripTrailing();
    }
}

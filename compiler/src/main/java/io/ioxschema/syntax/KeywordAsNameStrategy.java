package io.ioxschema.syntax;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;

/**
 * Recovers from a keyword written where a name belongs ({@code const struct = 1;}) by taking
 * the keyword as that name. The error is reported once and the declaration is read on;
 * ANTLR's default recovery would read the keyword as the start of the next declaration and
 * report a second, confusing error there.
 */
final class KeywordAsNameStrategy extends DefaultErrorStrategy {

    @Override
    public Token recoverInline(Parser recognizer) {
        Token current = recognizer.getCurrentToken();
        if (!inErrorRecoveryMode(recognizer) && SyntaxErrorListener.wantsName(getExpectedTokens(recognizer))
                && SyntaxErrorListener.isKeyword(current, recognizer.getVocabulary())) {
            // The listener words the message ("'struct' is a keyword ... cannot be used as a name").
            recognizer.notifyErrorListeners(current, "keyword used as a name", null);
            recognizer.consume();
            return current;
        }
        return super.recoverInline(recognizer);
    }
}

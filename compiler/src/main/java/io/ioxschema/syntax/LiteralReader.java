package io.ioxschema.syntax;

import io.ioxschema.diag.Diagnostics;
import io.ioxschema.source.SourceSpan;
import java.math.BigInteger;
import org.antlr.v4.runtime.Token;

/** Reads integer and string literals; malformed ones become diagnostics. */
final class LiteralReader {

    private final Diagnostics diagnostics;

    LiteralReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    BigInteger integer(Token token, SourceSpan span) {
        String text = token.getText().replace("_", "");
        int radix = 10;
        if (text.length() > 1 && (text.charAt(1) == 'x' || text.charAt(1) == 'X')) {
            radix = 16;
            text = text.substring(2);
        } else if (text.length() > 1 && (text.charAt(1) == 'b' || text.charAt(1) == 'B')) {
            radix = 2;
            text = text.substring(2);
        }
        if (text.isEmpty()) {
            diagnostics.error(span, "malformed number '" + token.getText() + "': no digits");
            return BigInteger.ZERO;
        }
        return new BigInteger(text, radix);
    }

    Ast.StringLiteral string(Token token, SourceSpan span) {
        String raw = token.getText();
        String body = raw.substring(1, raw.length() - 1);
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                value.append(c);
                continue;
            }
            char next = body.charAt(++i);
            if (next == '"' || next == '\\') {
                value.append(next);
            } else {
                diagnostics.error(span, "unsupported escape '\\" + next + "' in string; only \\\" and \\\\ are allowed");
            }
        }
        return new Ast.StringLiteral(value.toString(), span);
    }
}

package io.ioxschema.syntax;

import io.ioxschema.diag.Diagnostics;
import io.ioxschema.source.SourceSpan;
import java.math.BigInteger;
import java.util.Map;
import org.antlr.v4.runtime.Token;

/** Reads integer and string literals; malformed ones become diagnostics. */
final class LiteralReader {

    /**
     * More significant digits than this exceed 1024 bits in every radix, the bound the constant
     * evaluator enforces anyway; refusing them here keeps a huge literal from costing the
     * quadratic time BigInteger takes to parse it.
     */
    private static final int MAX_DIGITS = 1024;

    private static final Map<Integer, String> RADIX_NAMES = Map.of(2, "binary", 10, "decimal", 16, "hexadecimal");

    private final Diagnostics diagnostics;

    LiteralReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    BigInteger integer(Token token, SourceSpan span) {
        String raw = token.getText();
        int radix = 10;
        String digits = raw;
        if (raw.length() > 1 && raw.charAt(0) == '0' && (raw.charAt(1) == 'x' || raw.charAt(1) == 'X')) {
            radix = 16;
            digits = raw.substring(2);
        } else if (raw.length() > 1 && raw.charAt(0) == '0' && (raw.charAt(1) == 'b' || raw.charAt(1) == 'B')) {
            radix = 2;
            digits = raw.substring(2);
        }
        digits = digits.replace("_", "");
        if (digits.isEmpty()) {
            diagnostics.error(span, "malformed number '" + abbreviated(raw) + "': no digits");
            return BigInteger.ZERO;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), radix) < 0) {
                diagnostics.error(span, "malformed number '" + abbreviated(raw) + "': '" + digits.charAt(i)
                        + "' is not a " + RADIX_NAMES.get(radix) + " digit");
                return BigInteger.ZERO;
            }
        }
        int significantDigits = digits.length() - leadingZeros(digits);
        if (significantDigits > MAX_DIGITS) {
            diagnostics.error(span, "constant overflow: the number has " + significantDigits
                    + " digits; values are limited to " + MAX_DIGITS + " bits");
            return BigInteger.ZERO;
        }
        return new BigInteger(digits, radix);
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    private static int leadingZeros(String digits) {
        int zeros = 0;
        while (zeros < digits.length() && digits.charAt(zeros) == '0') {
            zeros++;
        }
        return zeros;
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

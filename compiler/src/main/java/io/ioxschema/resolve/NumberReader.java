package io.ioxschema.resolve;

import io.ioxschema.diag.Diagnostics;
import io.ioxschema.syntax.Ast;
import java.math.BigInteger;
import java.util.Optional;

/** Evaluates an expression that stands where a count is expected, and checks its range. */
final class NumberReader {

    private final ConstantEvaluator constants;
    private final Diagnostics diagnostics;

    NumberReader(ConstantEvaluator constants, Diagnostics diagnostics) {
        this.constants = constants;
        this.diagnostics = diagnostics;
    }

    ConstantEvaluator constants() {
        return constants;
    }

    Optional<Long> count(Ast.Expr expr, LoadedFile file, String what, long min, long max) {
        Optional<BigInteger> value = constants.evaluate(expr, file);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        BigInteger v = value.get();
        if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            diagnostics.error(expr.span(), what + " must be between " + min + " and " + max + ", not " + v);
            return Optional.empty();
        }
        return Optional.of(v.longValueExact());
    }

    /** An alignment: a power of two from 1 to {@link Limits#MAX_ALIGN}. */
    Optional<Long> alignment(Ast.Expr expr, LoadedFile file) {
        Optional<Long> value = count(expr, file, "@align", 1, Limits.MAX_ALIGN);
        if (value.isPresent() && Long.bitCount(value.get()) != 1) {
            diagnostics.error(expr.span(), "@align(" + value.get() + ") is not a power of two");
            return Optional.empty();
        }
        return value;
    }
}

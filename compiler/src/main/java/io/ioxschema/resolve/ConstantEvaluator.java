package io.ioxschema.resolve;

import io.ioxschema.diag.Diagnostics;
import io.ioxschema.model.Primitive;
import io.ioxschema.source.SourceSpan;
import io.ioxschema.syntax.Ast;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates constant expressions in arbitrary precision. Values are bounded (a schema
 * cannot make the compiler build numbers of millions of digits); a value that does not fit
 * where it is used is reported there.
 */
final class ConstantEvaluator {

    /** Far above any 128-bit value, far below what could exhaust memory. */
    static final int MAX_BITS = 1024;

    private final SymbolTable symbols;
    private final Diagnostics diagnostics;
    private final Map<Symbol, Optional<BigInteger>> values = new HashMap<>();
    private final Set<Symbol> evaluating = new HashSet<>();

    ConstantEvaluator(SymbolTable symbols, Diagnostics diagnostics) {
        this.symbols = symbols;
        this.diagnostics = diagnostics;
    }

    /** The value of a declared constant, checked against its declared type (or 64 bits). */
    Optional<BigInteger> valueOf(Symbol constant) {
        Optional<BigInteger> known = values.get(constant);
        if (known != null) {
            return known;
        }
        Ast.Const decl = (Ast.Const) constant.declaration();
        if (!evaluating.add(constant)) {
            diagnostics.error(decl.name().span(), "constant '" + decl.name().text() + "' is defined in terms of itself");
            return Optional.empty();
        }
        Optional<BigInteger> value = evaluate(decl.value(), constant.file()).filter(v -> fitsDeclaredType(decl, v));
        evaluating.remove(constant);
        values.put(constant, value);
        return value;
    }

    private boolean fitsDeclaredType(Ast.Const decl, BigInteger value) {
        Optional<Primitive> type = decl.type().flatMap(ConstantEvaluator::integerType);
        if (decl.type().isPresent() && type.isEmpty()) {
            diagnostics.error(decl.type().get().span(), "a constant's type must be an integer type");
            return false;
        }
        if (type.isPresent() && !type.get().fits(value)) {
            diagnostics.error(decl.value().span(), "constant overflow: " + value + " does not fit in "
                    + type.get() + " (" + type.get().min() + " to " + type.get().max() + ")");
            return false;
        }
        if (type.isEmpty() && !Primitive.I64.fits(value) && !Primitive.U64.fits(value)) {
            diagnostics.error(decl.value().span(), "constant overflow: " + value + " does not fit in 64 bits;"
                    + " declare the constant with a type, e.g. 'const " + decl.name().text() + ": u128 = ...'");
            return false;
        }
        return true;
    }

    private static Optional<Primitive> integerType(Ast.Type type) {
        return type instanceof Ast.PrimitiveType p
                ? Primitive.byKeyword(p.keyword()).filter(Primitive::isInteger) : Optional.empty();
    }

    Optional<BigInteger> evaluate(Ast.Expr expr, LoadedFile file) {
        return switch (expr) {
            case Ast.IntLiteral literal -> bounded(literal.value(), literal.span());
            case Ast.ConstRef ref -> reference(ref, file);
            case Ast.Unary unary -> evaluate(unary.operand(), file).flatMap(v -> unary(unary, v));
            case Ast.Binary binary -> {
                Optional<BigInteger> left = evaluate(binary.left(), file);
                Optional<BigInteger> right = evaluate(binary.right(), file);
                yield left.isPresent() && right.isPresent()
                        ? binary(binary, left.get(), right.get()) : Optional.empty();
            }
        };
    }

    private Optional<BigInteger> reference(Ast.ConstRef ref, LoadedFile file) {
        Optional<Symbol> symbol = symbols.lookup(ref.name(), file, "constant");
        if (symbol.isEmpty()) {
            return Optional.empty();
        }
        if (!(symbol.get().declaration() instanceof Ast.Const)) {
            diagnostics.error(ref.span(), "'" + ref.name().text() + "' is " + symbol.get().kindWithArticle()
                    + ", not a constant");
            return Optional.empty();
        }
        return valueOf(symbol.get());
    }

    private Optional<BigInteger> unary(Ast.Unary unary, BigInteger value) {
        return switch (unary.operator()) {
            case "-" -> Optional.of(value.negate());
            case "~" -> Optional.of(value.not());
            default -> Optional.of(value);
        };
    }

    private Optional<BigInteger> binary(Ast.Binary binary, BigInteger left, BigInteger right) {
        SourceSpan at = binary.span();
        BigInteger result;
        switch (binary.operator()) {
            case "+" -> result = left.add(right);
            case "-" -> result = left.subtract(right);
            case "*" -> result = left.multiply(right);
            case "/", "%" -> {
                if (right.signum() == 0) {
                    diagnostics.error(at, "division by zero in constant expression");
                    return Optional.empty();
                }
                result = binary.operator().equals("/") ? left.divide(right) : left.remainder(right);
            }
            case "<<", ">>" -> {
                if (right.signum() < 0 || right.compareTo(BigInteger.valueOf(MAX_BITS)) > 0) {
                    diagnostics.error(at, "shift by " + right + " is out of range (0 to " + MAX_BITS + ")");
                    return Optional.empty();
                }
                result = binary.operator().equals("<<") ? left.shiftLeft(right.intValue())
                        : left.shiftRight(right.intValue());
            }
            case "&" -> result = left.and(right);
            case "|" -> result = left.or(right);
            case "^" -> result = left.xor(right);
            default -> throw new IllegalStateException("unknown operator " + binary.operator());
        }
        return bounded(result, at);
    }

    private Optional<BigInteger> bounded(BigInteger value, SourceSpan at) {
        if (value.bitLength() > MAX_BITS) {
            diagnostics.error(at, "constant overflow: the value needs more than " + MAX_BITS + " bits");
            return Optional.empty();
        }
        return Optional.of(value);
    }
}

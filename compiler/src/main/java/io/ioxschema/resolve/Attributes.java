package io.ioxschema.resolve;

import io.ioxschema.diag.Diagnostics;
import io.ioxschema.syntax.Ast;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks the {@code @attributes} written on one declaration or field against those allowed there. */
final class Attributes {

    static final String TYPE_NAME = "type_name";
    static final String ALIGN = "align";

    private final Map<String, Ast.Attribute> byName = new LinkedHashMap<>();

    private Attributes() {
    }

    static Attributes check(List<Ast.Attribute> written, Set<String> allowed, String where, Diagnostics diagnostics) {
        Attributes result = new Attributes();
        for (Ast.Attribute attribute : written) {
            String name = attribute.name().text();
            if (!allowed.contains(name)) {
                // Sorted: a Set.of has no stable order, and a message must read the same on every run.
                String hint = allowed.isEmpty() ? "no attributes are allowed on " + where : "allowed on " + where
                        + ": " + String.join(", ", allowed.stream().sorted().map(a -> "@" + a).toList());
                diagnostics.error(attribute.span(), "unknown attribute '@" + name + "' here; " + hint);
            } else if (result.byName.containsKey(name)) {
                diagnostics.error(attribute.span(), "@" + name + " is given twice");
            } else if (validArgument(attribute, diagnostics)) {
                result.byName.put(name, attribute);
            }
        }
        return result;
    }

    private static boolean validArgument(Ast.Attribute attribute, Diagnostics diagnostics) {
        String name = attribute.name().text();
        Optional<Ast.AttributeArgument> argument = attribute.argument();
        boolean wantsString = name.equals(TYPE_NAME);
        boolean ok = argument.isPresent()
                && (wantsString ? argument.get() instanceof Ast.StringLiteral : argument.get() instanceof Ast.Expr);
        if (!ok) {
            diagnostics.error(attribute.span(), "@" + name + " takes " + (wantsString
                    ? "a string, e.g. @type_name(\"SensorData\")" : "a number, e.g. @align(16)"));
        }
        return ok;
    }

    Optional<Ast.StringLiteral> string(String name) {
        return Optional.ofNullable(byName.get(name)).flatMap(Ast.Attribute::argument)
                .map(Ast.StringLiteral.class::cast);
    }

    Optional<Ast.Expr> expr(String name) {
        return Optional.ofNullable(byName.get(name)).flatMap(Ast.Attribute::argument).map(Ast.Expr.class::cast);
    }
}

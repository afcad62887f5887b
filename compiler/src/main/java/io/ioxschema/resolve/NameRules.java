package io.ioxschema.resolve;

import io.ioxschema.diag.Diagnostics;
import io.ioxschema.naming.LanguageNames;
import io.ioxschema.naming.NameKind;
import io.ioxschema.source.SourceSpan;
import io.ioxschema.syntax.Ast;
import java.util.List;
import java.util.Optional;

/** Rules for names that leave the schema: in generated code and in iceoryx2 itself. */
final class NameRules {

    private NameRules() {
    }

    /**
     * Reports a name that some target language cannot express, even escaped, and names in
     * the spelling reserved for generated code ({@code iox...}, {@code _iox...}, any case).
     */
    static void checkTargetLanguages(String name, NameKind kind, SourceSpan at, Diagnostics diagnostics) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (kind != NameKind.PACKAGE_SEGMENT && (lower.startsWith("iox") || lower.startsWith("_iox"))) {
            diagnostics.error(at, "the name '" + name + "' cannot be used: names starting with 'iox' or '_iox'"
                    + " are reserved for generated code");
            return;
        }
        List<String> problems = LanguageNames.ALL.stream().map(l -> l.problem(kind, name))
                .flatMap(Optional::stream).toList();
        if (!problems.isEmpty()) {
            diagnostics.error(at, "the name '" + name + "' cannot be used: " + String.join("; ", problems)
                    + (kind == NameKind.TYPE ? " (a type keeps its schema name in every language)" : ""));
        }
    }

    /** An iceoryx2 type name: non-empty printable ASCII, at most {@link Limits#MAX_TYPE_NAME_LENGTH} bytes. */
    static boolean checkTypeName(Ast.StringLiteral name, Diagnostics diagnostics) {
        return checkIceoryxString(name, "type name", Limits.MAX_TYPE_NAME_LENGTH, diagnostics);
    }

    static boolean checkServiceName(Ast.StringLiteral name, Diagnostics diagnostics) {
        if (name.value().startsWith("iox2://")) {
            diagnostics.error(name.span(), "service names starting with \"iox2://\" are reserved by iceoryx2");
            return false;
        }
        return checkIceoryxString(name, "service name", Limits.MAX_SERVICE_NAME_LENGTH, diagnostics);
    }

    private static boolean checkIceoryxString(Ast.StringLiteral literal, String what, int maxLength,
                                              Diagnostics diagnostics) {
        String value = literal.value();
        if (value.isEmpty()) {
            diagnostics.error(literal.span(), "the " + what + " must not be empty");
            return false;
        }
        if (!value.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\')) {
            diagnostics.error(literal.span(), "the " + what + " must be printable ASCII without quotes or"
                    + " backslashes (iceoryx2 accepts ASCII only)");
            return false;
        }
        if (value.length() > maxLength) {
            diagnostics.error(literal.span(), "the " + what + " is " + value.length() + " characters long;"
                    + " iceoryx2 accepts at most " + maxLength);
            return false;
        }
        return true;
    }
}

package io.ioxschema.gen.rust;

import java.util.ArrayList;
import java.util.List;

/**
 * The naming lints of rustc and clippy that schema names can trip, so that a generated item
 * gets an {@code #[allow]} exactly where its schema name (kept as written) needs one. The
 * predicates follow rustc's {@code non_camel_case_types}/{@code non_snake_case} and clippy's
 * {@code upper_case_acronyms} (default, non-aggressive).
 */
final class RustLints {

    private RustLints() {
    }

    /**
     * The {@code #[allow]}s a struct, enum or flags type needs, given its name and its fields'
     * names as Rust spells them (escaped: rustc checks {@code r#type} as {@code type}).
     */
    static List<String> forType(String rustName, List<String> rustFieldNames) {
        String name = bare(rustName);
        List<String> fieldNames = rustFieldNames.stream().map(RustLints::bare).toList();
        List<String> allows = new ArrayList<>();
        if (!isCamelCase(name)) {
            allows.add("#[allow(non_camel_case_types)] // the schema's type name, kept as written");
        }
        if (isAcronym(name)) {
            allows.add("#[allow(clippy::upper_case_acronyms)] // the schema's type name, kept as written");
        }
        if (!fieldNames.stream().allMatch(RustLints::isSnakeCase)) {
            // On the struct: rustc does not honour the attribute on the field itself.
            allows.add("#[allow(non_snake_case)] // the schema's field names, kept as written");
        }
        return List.copyOf(allows);
    }

    static boolean isCamelCase(String name) {
        String trimmed = trimUnderscores(name);
        if (trimmed.isEmpty()) {
            return true;
        }
        if (Character.isLowerCase(trimmed.charAt(0)) || trimmed.contains("__")) {
            return false;
        }
        for (int i = 1; i < trimmed.length(); i++) {
            char first = trimmed.charAt(i - 1);
            char second = trimmed.charAt(i);
            if ((hasCase(first) && second == '_') || (hasCase(second) && first == '_')) {
                return false;
            }
        }
        return true;
    }

    static boolean isSnakeCase(String name) {
        String trimmed = trimUnderscores(name);
        return !trimmed.contains("__") && trimmed.chars().noneMatch(Character::isUpperCase);
    }

    /** Clippy flags a type name of more than three letters, all upper-case ASCII. */
    static boolean isAcronym(String name) {
        return name.length() > 3 && name.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    private static String bare(String rustName) {
        return rustName.startsWith("r#") ? rustName.substring(2) : rustName;
    }

    private static boolean hasCase(char c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c);
    }

    private static String trimUnderscores(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && name.charAt(start) == '_') {
            start++;
        }
        while (end > start && name.charAt(end - 1) == '_') {
            end--;
        }
        return name.substring(start, end);
    }
}

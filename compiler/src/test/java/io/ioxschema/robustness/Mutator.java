package io.ioxschema.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks schema text the ways people and tools do: cut it short, drop, repeat or swap
 * tokens, and insert odd characters, huge numbers, deep nesting, long names or raw bytes.
 * Everything depends on the {@link Random} given, so a failure replays from its seed.
 */
final class Mutator {

    /**
     * Tokens roughly as the lexer sees them, whitespace and comments included, so joining them
     * restores the text. No repeated groups: java.util.regex recurses on those, per character.
     */
    private static final Pattern TOKEN = Pattern.compile(
            "\\s+|//[^\\n]*|/\\*.*?\\*/|[A-Za-z_][A-Za-z0-9_]*|0[xXbB][0-9a-fA-F_]*|[0-9][0-9_]*"
                    + "|\"[^\"\\n]*+\"?|<<|>>|.", Pattern.DOTALL);

    private static final List<String> VOCABULARY = List.of("package", "import", "const", "enum", "flags",
            "struct", "service", "publish_subscribe", "request_response", "event", "string", "vec", "u8", "u128",
            "i64", "f32", "bool", "payload", "history_size", "@align", "@type_name", "@align(8) ", "@align(1 << 28) ",
            "@type_name(\"T\") ", "[u64; 2147483647]", "@", "(", ")", "[", "]",
            "{", "}", "<", ">", "<<", ">>", ";", ":", ",", ".", "=", "+", "-", "*", "/", "%", "&", "|", "^", "~",
            "\"", "\"x\"", "\"\"", "0", "1", "-1", "0x", "0b", "_", "///", "//", "/*", "*/", "Foo", "S", "N");

    private static final List<String> ODD_CHARACTERS = List.of("\u0000", "\u0007", "\r", "\r\n", "\t", "\u00e4",
            "\u00df", "\u20ac", "\uD83D\uDE00", "\uD800", "\uDFFF", "\uFEFF", "\u2028", "\u200B", "\uFFFF", "\\",
            "\"", "'", "#", "$", "`", "?", "!");

    private static final List<String> HUGE_NUMBERS = List.of("18446744073709551616", "-9223372036854775809",
            "2147483648", "4294967296", "0x" + "f".repeat(40), "0b" + "1".repeat(200), "9".repeat(400),
            "1" + "0".repeat(5000), "1 << 1023", "1 << 1024", "1 << 100000", "(1 << 1000) * (1 << 1000)",
            "-(1 << 2000)", "~0", "0x8000000000000000", "1_000_000_000_000", "0" + "_".repeat(100) + "1");

    /** Numbers at the edges of the types' ranges: they keep the syntax and test the checks. */
    private static final List<String> EDGE_NUMBERS = List.of("0", "1", "2", "3", "7", "-1", "127", "128", "-129",
            "255", "256", "65536", "0x80", "1 << 31", "1 << 32", "1 << 63", "1 << 64", "(0)", "-(1 << 127)");

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Random random;

    Mutator(Random random) {
        this.random = random;
    }

    /** One to three mutations of {@code text}. */
    String mutate(String text) {
        String result = text;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            result = mutateOnce(result);
        }
        return result;
    }

    private String mutateOnce(String text) {
        List<String> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return insertAt(text, pick(VOCABULARY));
        }
        int at = random.nextInt(tokens.size());
        switch (random.nextInt(14)) {
            case 0 -> tokens.remove(at);
            case 1 -> tokens.add(at, tokens.get(at));
            case 2 -> {
                int other = random.nextInt(tokens.size());
                String swapped = tokens.get(at);
                tokens.set(at, tokens.get(other));
                tokens.set(other, swapped);
            }
            case 3 -> tokens.set(at, pick(VOCABULARY));
            case 4 -> tokens.add(at, pick(VOCABULARY));
            case 5 -> tokens.add(at, pick(ODD_CHARACTERS));
            case 6 -> replaceNumberOrInsert(tokens, at, pick(HUGE_NUMBERS));
            case 7 -> tokens.add(at, deepNesting());
            case 8 -> tokens.set(at, longName());
            case 9 -> tokens.add(at, randomChars());
            case 10 -> {
                return text.substring(0, random.nextInt(text.length() + 1));
            }
            case 11 -> replaceNumberOrInsert(tokens, at, pick(EDGE_NUMBERS));
            case 12 -> replaceNameWithAnother(tokens, at);
            default -> {
                int end = Math.min(tokens.size(), at + 1 + random.nextInt(8));
                tokens.subList(at, end).clear();
            }
        }
        return String.join("", tokens);
    }

    private void replaceNumberOrInsert(List<String> tokens, int at, String number) {
        for (int i = 0; i < tokens.size(); i++) {
            int index = (at + i) % tokens.size();
            if (Character.isDigit(tokens.get(index).charAt(0))) {
                tokens.set(index, number);
                return;
            }
        }
        tokens.add(at, number);
    }

    /** Renames one use or declaration to another name of the text: mostly still valid syntax. */
    private void replaceNameWithAnother(List<String> tokens, int at) {
        List<Integer> names = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (NAME.matcher(tokens.get(i)).matches()) {
                names.add(i);
            }
        }
        if (names.isEmpty()) {
            tokens.add(at, pick(VOCABULARY));
            return;
        }
        tokens.set(pick(names), tokens.get(pick(names)));
    }

    private String deepNesting() {
        int depth = List.of(50, 500, 5000).get(random.nextInt(3));
        return switch (random.nextInt(6)) {
            case 0 -> "(".repeat(depth) + "1" + ")".repeat(depth);
            case 1 -> "(".repeat(depth);
            case 2 -> "[".repeat(depth) + "u8" + "; 1]".repeat(depth);
            case 3 -> "vec<".repeat(depth) + "u8" + ", 1>".repeat(depth);
            case 4 -> "-~".repeat(depth) + "1";
            default -> "1" + " + 1".repeat(depth);
        };
    }

    private String longName() {
        return "n".repeat(List.of(300, 10_000, 100_000).get(random.nextInt(3)));
    }

    /** Characters of random code units, as bytes read in a wrong encoding would give. */
    private String randomChars() {
        StringBuilder out = new StringBuilder();
        int length = 1 + random.nextInt(40);
        for (int i = 0; i < length; i++) {
            out.append(random.nextBoolean() ? (char) random.nextInt(256) : (char) random.nextInt(0x10000));
        }
        return out.toString();
    }

    private String insertAt(String text, String insertion) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + insertion + text.substring(at);
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}

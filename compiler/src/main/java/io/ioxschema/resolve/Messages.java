package io.ioxschema.resolve;

/** Small helpers that keep diagnostic messages grammatical. */
final class Messages {

    private Messages() {
    }

    /** "an enum", "a struct", "an event": the indefinite article by the word's first letter. */
    static String withArticle(String noun) {
        return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
    }
}

package io.ioxschema.naming;

import java.util.Set;

/**
 * Java keywords, literals and the restricted identifiers a class may not be named; and the
 * spelling of a field's accessors, which must also avoid the methods every Java object and
 * every generated view already has.
 */
public final class JavaNames implements LanguageNames {

    private static final Set<String> RESERVED = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for",
            "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new",
            "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super",
            "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
            "while", "true", "false", "null", "_", "var", "yield", "record", "sealed", "permits");

    /** Methods of {@code java.lang.Object}: no accessor may override them, no record component take them. */
    public static final Set<String> OBJECT_METHODS = Set.of("clone", "equals", "finalize", "getClass", "hashCode",
            "notify", "notifyAll", "toString", "wait");

    /** The public methods every generated struct view declares besides its field accessors. */
    public static final Set<String> VIEW_METHODS = Set.of("wrap", "of", "allocate", "segment", "toRecord",
            "fromRecord");

    @Override
    public String language() {
        return "Java";
    }

    @Override
    public Set<String> reservedWords() {
        return RESERVED;
    }

    /**
     * How a struct field's accessor methods and record component are spelled: as written, or
     * with a trailing underscore where the name is a keyword or a method every view already has
     * ({@code class_()}, {@code wait_()}, {@code segment_()}).
     */
    public String accessor(String name) {
        boolean taken = RESERVED.contains(name) || OBJECT_METHODS.contains(name) || VIEW_METHODS.contains(name);
        return taken ? name + "_" : name;
    }

    /** The class that holds a package's constants: {@code org.example.sensor_data} gives {@code SensorDataSchema}. */
    public String schemaClass(String packageName) {
        String last = packageName.substring(packageName.lastIndexOf('.') + 1);
        StringBuilder pascal = new StringBuilder();
        for (String word : last.split("_")) {
            if (!word.isEmpty()) {
                pascal.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return pascal + "Schema";
    }
}

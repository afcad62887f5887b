package io.ioxschema.gen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import io.ioxschema.gen.PrimitiveTable;
import io.ioxschema.model.Primitive;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * The value layouts one generated class reads and writes through: unaligned (a view may wrap
 * any segment, a {@code byte[]} too) and little-endian on every platform (the byte order of
 * every target), as {@code private static final} constants the JIT folds. Records which a class
 * uses, so it declares only those.
 */
final class AccessLayouts {

    static final ClassName VALUE_LAYOUT = ClassName.get("java.lang.foreign", "ValueLayout");
    static final ClassName BYTE_ORDER = ClassName.get(ByteOrder.class);

    /** Constant name (e.g. {@code $INT}) to the {@code ValueLayout} constant it is made from. */
    private final Map<String, String> used = new TreeMap<>();

    /** The constant to access a primitive's bytes with (bool as a byte: any nonzero byte reads true). */
    CodeBlock of(Primitive primitive) {
        String layout = primitive == Primitive.BOOL ? "JAVA_BYTE" : PrimitiveTable.of(primitive).javaLayout();
        if (layout == null) {
            throw new IllegalArgumentException(primitive + " is accessed as two longs");
        }
        String name = "$" + layout.substring("JAVA_".length());
        used.put(name, layout);
        return CodeBlock.of("$N", name);
    }

    List<FieldSpec> fields() {
        List<FieldSpec> fields = new ArrayList<>();
        used.forEach((name, layout) -> {
            String type = "Of" + layout.charAt(5) + layout.substring(6).toLowerCase(java.util.Locale.ROOT);
            CodeBlock init = layout.equals("JAVA_BYTE") ? CodeBlock.of("$T.JAVA_BYTE", VALUE_LAYOUT)
                    : CodeBlock.of("$T.$L_UNALIGNED.withOrder($T.LITTLE_ENDIAN)", VALUE_LAYOUT, layout, BYTE_ORDER);
            fields.add(FieldSpec.builder(VALUE_LAYOUT.nestedClass(type), name, Modifier.PRIVATE, Modifier.STATIC,
                    Modifier.FINAL).initializer(init).build());
        });
        return fields;
    }
}

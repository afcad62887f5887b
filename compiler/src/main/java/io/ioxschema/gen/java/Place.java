package io.ioxschema.gen.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * Where a value sits in a view and what its accessors are called: a struct field
 * ({@code mode()}, {@code mode(Mode)}, {@code modeRaw()}) or an element of an array or vec
 * ({@code get(int)}, {@code set(int, ...)}, {@code getRaw(int)}).
 *
 * @param get    the getter's name
 * @param set    the setter's name
 * @param getRaw the raw getter's name (enums)
 * @param setRaw the raw setter's name (enums)
 * @param index  true for an element, whose accessors take an {@code int index} first
 * @param guard  statements every accessor runs first (an index check), may be empty
 * @param offset the expression of the value's offset in the view's segment
 * @param fieldOffset a struct field's offset in its struct, which its static accessors add to
 *               theirs; -1 for an element, which has none
 * @param key    names the child view field, for values read through one
 * @param what   names the value in error messages
 * @param doc    Javadoc every accessor starts with
 */
record Place(String get, String set, String getRaw, String setRaw, boolean index, CodeBlock guard,
             CodeBlock offset, long fieldOffset, String key, String what, CodeBlock doc) {

    List<ParameterSpec> parameters() {
        return index ? List.of(ParameterSpec.builder(TypeName.INT, "index").build()) : List.of();
    }

    /** The arguments that pass this place's parameters on: {@code index} or nothing. */
    CodeBlock arguments() {
        return index ? CodeBlock.of("index") : CodeBlock.of("");
    }

    /** The arguments followed by one more: {@code index, value} or {@code value}. */
    CodeBlock argumentsAnd(String variable) {
        return index ? CodeBlock.of("index, $N", variable) : CodeBlock.of("$N", variable);
    }
}

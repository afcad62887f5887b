package io.ioxschema.gen.java;

import com.palantir.javapoet.CodeBlock;
import io.ioxschema.model.Primitive;

/**
 * Reads and writes of a primitive at an offset of a segment (the view's, or a static
 * accessor's parameter): unsigned types widen on the way out (so they never come out negative)
 * and are range-checked on the way in.
 */
final class ScalarCode {

    private ScalarCode() {
    }

    /** An expression of the primitive's API type. */
    static CodeBlock read(Primitive primitive, String segment, CodeBlock offset, AccessLayouts layouts) {
        CodeBlock get = CodeBlock.of("$N.get($L, $L)", segment, layouts.of(primitive), offset);
        return switch (primitive) {
            case BOOL -> CodeBlock.of("$L != 0", get);
            case U8 -> CodeBlock.of("$T.toUnsignedInt($L)", Byte.class, get);
            case U16 -> CodeBlock.of("$T.toUnsignedInt($L)", Short.class, get);
            case U32 -> CodeBlock.of("$T.toUnsignedLong($L)", Integer.class, get);
            default -> get;
        };
    }

    /** Statements that store {@code value} (a variable of the API type); {@code what} names it in errors. */
    static CodeBlock write(Primitive primitive, String segment, CodeBlock offset, String value, String what,
                           AccessLayouts layouts) {
        CodeBlock.Builder code = CodeBlock.builder();
        CodeBlock stored = switch (primitive) {
            case BOOL -> CodeBlock.of("(byte) ($N ? 1 : 0)", value);
            case U8 -> rangeChecked(code, value, 8, "(byte)", what, primitive);
            case U16 -> rangeChecked(code, value, 16, "(short)", what, primitive);
            case U32 -> rangeChecked(code, value, 32, "(int)", what, primitive);
            default -> CodeBlock.of("$N", value);
        };
        return code.addStatement("$N.set($L, $L, $L)", segment, layouts.of(primitive), offset, stored).build();
    }

    private static CodeBlock rangeChecked(CodeBlock.Builder code, String value, int bits, String cast, String what,
                                          Primitive primitive) {
        code.beginControlFlow("if ($N >>> $L != 0)", value, bits)
                .addStatement("throw new $T($S + $N + $S)", IllegalArgumentException.class, what + ": ", value,
                        " is outside " + primitive.keyword() + " (0 to " + primitive.max() + ")")
                .endControlFlow();
        return CodeBlock.of("$L $N", cast, value);
    }
}

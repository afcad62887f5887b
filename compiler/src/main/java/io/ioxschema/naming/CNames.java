package io.ioxschema.naming;

import java.util.Set;

/** C11 keywords, and the typedef names of {@code <stdint.h>}/{@code <stdbool.h>} that generated headers include. */
public final class CNames implements LanguageNames {

    private static final Set<String> RESERVED = Set.of(
            "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum",
            "extern", "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return",
            "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void",
            "volatile", "while", "_Alignas", "_Alignof", "_Atomic", "_Bool", "_Complex", "_Generic",
            "_Imaginary", "_Noreturn", "_Static_assert", "_Thread_local", "bool", "true", "false",
            "int8_t", "int16_t", "int32_t", "int64_t", "uint8_t", "uint16_t", "uint32_t", "uint64_t",
            "size_t", "NULL");

    @Override
    public String language() {
        return "C";
    }

    @Override
    public Set<String> reservedWords() {
        return RESERVED;
    }
}

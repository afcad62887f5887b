package io.ioxschema.naming;

import java.util.Set;

/**
 * C++17 keywords and alternative operator spellings; GNU's {@code typeof}; and the macros a
 * generated header cannot avoid: {@code NULL} from {@code <cstddef>}, and {@code linux},
 * {@code unix}, {@code i386}, which g++ predefines in its default GNU mode.
 */
public final class CppNames implements LanguageNames {

    private static final Set<String> RESERVED = Set.of(
            "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "break", "case",
            "catch", "char", "char8_t", "char16_t", "char32_t", "class", "compl", "concept", "const",
            "consteval", "constexpr", "constinit", "const_cast", "continue", "co_await", "co_return",
            "co_yield", "decltype", "default", "delete", "do", "double", "dynamic_cast", "else", "enum",
            "explicit", "export", "extern", "false", "float", "for", "friend", "goto", "if", "inline", "int",
            "long", "mutable", "namespace", "new", "noexcept", "not", "not_eq", "nullptr", "operator", "or",
            "or_eq", "private", "protected", "public", "register", "reinterpret_cast", "requires", "return",
            "short", "signed", "sizeof", "static", "static_assert", "static_cast", "struct", "switch",
            "template", "this", "thread_local", "throw", "true", "try", "typedef", "typeid", "typename",
            "union", "unsigned", "using", "virtual", "void", "volatile", "wchar_t", "while", "xor", "xor_eq",
            "std", "typeof", "NULL", "linux", "unix", "i386");

    @Override
    public String language() {
        return "C++";
    }

    @Override
    public Set<String> reservedWords() {
        return RESERVED;
    }
}

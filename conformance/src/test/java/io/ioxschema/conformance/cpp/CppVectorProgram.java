package io.ioxschema.conformance.cpp;

import io.ioxschema.conformance.vectors.Value;
import io.ioxschema.conformance.vectors.VectorProgram;
import io.ioxschema.gen.GeneratedFile;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.model.EnumDef;
import io.ioxschema.model.EnumValue;
import io.ioxschema.model.Primitive;
import io.ioxschema.model.TypeDef;
import io.ioxschema.naming.CppNames;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The C++ test program of the shared byte vectors, written against the generated API:
 * {@code assign} for strings, {@code push_back} and {@code []} for vecs, enumerators by name
 * and flags combined with {@code |}; it reads back through {@code view()}, {@code size()}
 * and {@code iox_schema::to_underlying}.
 */
public final class CppVectorProgram implements VectorProgram {

    private static final CppNames NAMES = new CppNames();

    @Override
    public String language() {
        return "cpp";
    }

    @Override
    public List<GeneratedFile> program(SchemaLayout layout, List<Value.StructOf> values) {
        StringBuilder cpp = new StringBuilder();
        cpp.append("#include <cstdio>\n#include <cstdlib>\n");
        cpp.append("#include \"").append(layout.schema().root().packageName().replace('.', '_')).append(".hpp\"\n");
        cpp.append("""

                namespace {

                int failures = 0;

                void check(bool ok, const char* path) {
                    if (!ok) {
                        std::fprintf(stderr, "mismatch at %s\\n", path);
                        failures++;
                    }
                }

                template <class T>
                void dump(const char* file, const T& value) {
                    std::FILE* f = std::fopen(file, "wb");
                    if (f == nullptr || std::fwrite(&value, 1, sizeof value, f) != sizeof value) {
                        std::perror(file);
                        std::exit(2);
                    }
                    std::fclose(f);
                }

                template <class T>
                void load(const char* file, T& value) {
                    std::FILE* f = std::fopen(file, "rb");
                    if (f == nullptr || std::fread(&value, 1, sizeof value, f) != sizeof value) {
                        std::perror(file);
                        std::exit(2);
                    }
                    std::fclose(f);
                }
                """);
        StringBuilder main = new StringBuilder("int main() {\n");
        for (Value.StructOf value : values) {
            String name = value.type().name();
            String type = qualified(value.type());
            cpp.append("\nvoid write_").append(name).append("() {\n");
            cpp.append("    static ").append(type).append(" v{};\n");
            assign(cpp, "v", value);
            cpp.append("    dump(\"").append(name).append(".cpp.bin\", v);\n}\n");
            cpp.append("\nvoid check_").append(name).append("() {\n");
            cpp.append("    static ").append(type).append(" v{};\n");
            cpp.append("    load(\"").append(name).append(".ref.bin\", v);\n");
            verify(cpp, "v", value);
            cpp.append("}\n");
            main.append("    write_").append(name).append("();\n    check_").append(name).append("();\n");
        }
        cpp.append("\n}  // namespace\n\n");
        main.append("    return failures == 0 ? 0 : 1;\n}\n");
        return List.of(new GeneratedFile("vectors.cpp", cpp.append(main).toString()));
    }

    @Override
    public List<List<String>> commands(Path workDir) {
        return List.of(CppToolchain.command("-o", "vectors", "vectors.cpp"), List.of("./vectors"));
    }

    private static void assign(StringBuilder cpp, String path, Value value) {
        switch (value) {
            case Value.Scalar s -> line(cpp, path + " = " + literal(s) + ";");
            case Value.Enumerated e -> line(cpp, path + " = " + enumerated(e) + ";");
            case Value.Text t -> check(cpp, path + ".assign(\"" + t.text() + "\")", path);
            case Value.ArrayOf a -> {
                for (int i = 0; i < a.elements().size(); i++) {
                    assign(cpp, path + "[" + i + "]", a.elements().get(i));
                }
            }
            case Value.VecOf v -> {
                for (int i = 0; i < v.elements().size(); i++) {
                    check(cpp, path + ".push_back({})", path);
                    assign(cpp, path + "[" + i + "]", v.elements().get(i));
                }
            }
            case Value.StructOf s -> s.fields().forEach((name, field) ->
                    assign(cpp, path + "." + NAMES.member(name), field));
        }
    }

    private static void verify(StringBuilder cpp, String path, Value value) {
        switch (value) {
            case Value.Scalar s -> check(cpp, path + " == " + literal(s), path);
            case Value.Enumerated e -> {
                check(cpp, path + " == " + enumerated(e), path);
                check(cpp, "iox_schema::to_underlying(" + path + ") == " + integer(e.raw(), e.type().base()), path);
            }
            case Value.Text t -> check(cpp, path + ".size() == " + t.text().length() + " && " + path
                    + ".view() == \"" + t.text() + "\"", path);
            case Value.ArrayOf a -> {
                for (int i = 0; i < a.elements().size(); i++) {
                    verify(cpp, path + "[" + i + "]", a.elements().get(i));
                }
            }
            case Value.VecOf v -> {
                check(cpp, path + ".size() == " + v.elements().size(), path + ".size()");
                for (int i = 0; i < v.elements().size(); i++) {
                    verify(cpp, path + "[" + i + "]", v.elements().get(i));
                }
            }
            case Value.StructOf s -> s.fields().forEach((name, field) ->
                    verify(cpp, path + "." + NAMES.member(name), field));
        }
    }

    private static void line(StringBuilder cpp, String statement) {
        cpp.append("    ").append(statement).append('\n');
    }

    private static void check(StringBuilder cpp, String condition, String path) {
        line(cpp, "check(" + condition + ", \"" + path + "\");");
    }

    private static String qualified(TypeDef type) {
        return "::" + type.packageName().replace(".", "::") + "::" + type.name();
    }

    /** An enum value by its enumerator; a flags value as its flags joined with {@code |}. */
    private static String enumerated(Value.Enumerated e) {
        String type = qualified(e.type());
        if (e.valueName() != null) {
            return type + "::" + NAMES.member(e.valueName());
        }
        EnumDef def = e.type();
        List<EnumValue> set = def.values().stream().filter(v -> v.value().and(e.raw()).equals(v.value())
                && v.value().signum() != 0).toList();
        return set.isEmpty() ? type + "{}" : set.stream().map(v -> type + "::" + NAMES.member(v.name()))
                .collect(Collectors.joining(" | ", "(", ")"));
    }

    private static String literal(Value.Scalar s) {
        return switch (s.type().kind()) {
            case BOOL -> s.bool() ? "true" : "false";
            case FLOAT -> s.type() == Primitive.F32 ? s.floating() + "f" : Double.toString(s.floating());
            default -> integer(s.integer(), s.type());
        };
    }

    /** A C++ expression of exactly this value and type, through its unsigned bit pattern. */
    private static String integer(BigInteger value, Primitive type) {
        String cpp = io.ioxschema.gen.PrimitiveTable.of(type).cpp();
        BigInteger bits = value.signum() < 0 ? value.add(BigInteger.ONE.shiftLeft(type.bits())) : value;
        if (type.bits() == 128) {
            BigInteger low = bits.and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
            return "static_cast<" + cpp + ">((static_cast<iox_u128>(0x" + bits.shiftRight(64).toString(16)
                    + "ULL) << 64) | 0x" + low.toString(16) + "ULL)";
        }
        return "static_cast<" + cpp + ">(0x" + bits.toString(16) + "ULL)";
    }
}

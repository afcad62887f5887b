package io.ioxschema.conformance.c;

import io.ioxschema.conformance.vectors.Value;
import io.ioxschema.conformance.vectors.VectorProgram;
import io.ioxschema.gen.GeneratedFile;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.model.Primitive;
import io.ioxschema.naming.CNames;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;

/** The C test program of the shared byte vectors: plain assignments through the generated header. */
public final class CVectorProgram implements VectorProgram {

    private static final CNames NAMES = new CNames();

    @Override
    public String language() {
        return "c";
    }

    @Override
    public List<GeneratedFile> program(SchemaLayout layout, List<Value.StructOf> values) {
        StringBuilder c = new StringBuilder();
        c.append("#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n");
        c.append("#include \"").append(layout.schema().root().packageName().replace('.', '_')).append(".h\"\n\n");
        c.append("""
                static int failures = 0;
                static void check(int ok, const char *path) {
                    if (!ok) { fprintf(stderr, "mismatch at %s\\n", path); failures++; }
                }
                static void dump(const char *file, const void *p, size_t n) {
                    FILE *f = fopen(file, "wb");
                    if (!f || fwrite(p, 1, n, f) != n) { perror(file); exit(2); }
                    fclose(f);
                }
                static void load(const char *file, void *p, size_t n) {
                    FILE *f = fopen(file, "rb");
                    if (!f || fread(p, 1, n, f) != n) { perror(file); exit(2); }
                    fclose(f);
                }
                """);
        StringBuilder main = new StringBuilder("int main(void) {\n");
        for (Value.StructOf value : values) {
            String type = value.type().name();
            c.append("\nstatic void write_").append(type).append("(void) {\n");
            c.append("    static ").append(type).append(" v;\n    memset(&v, 0, sizeof v);\n");
            assign(c, "v", value);
            c.append("    dump(\"").append(type).append(".c.bin\", &v, sizeof v);\n}\n");
            c.append("\nstatic void check_").append(type).append("(void) {\n");
            c.append("    static ").append(type).append(" v;\n    load(\"").append(type)
                    .append(".ref.bin\", &v, sizeof v);\n");
            verify(c, "v", value);
            c.append("}\n");
            main.append("    write_").append(type).append("();\n    check_").append(type).append("();\n");
        }
        main.append("    return failures == 0 ? 0 : 1;\n}\n");
        return List.of(new GeneratedFile("vectors.c", c.append('\n').append(main).toString()));
    }

    @Override
    public List<List<String>> commands(Path workDir) {
        return List.of(List.of("gcc", "-std=c11", "-Wall", "-Wextra", "-Werror", "-pedantic", "-o", "vectors",
                "vectors.c"), List.of("./vectors"));
    }

    private static void assign(StringBuilder c, String path, Value value) {
        switch (value) {
            case Value.Scalar s -> c.append("    ").append(path).append(" = ").append(literal(s)).append(";\n");
            case Value.Enumerated e -> c.append("    ").append(path).append(" = (").append(e.type().name())
                    .append(")").append(integer(e.raw(), e.type().base())).append(";\n");
            case Value.Text t -> {
                c.append("    memcpy(").append(path).append(".data, \"").append(t.text()).append("\", ")
                        .append(t.text().length()).append(");\n");
                c.append("    ").append(path).append(".len = ").append(t.text().length()).append(";\n");
            }
            case Value.ArrayOf a -> {
                for (int i = 0; i < a.elements().size(); i++) {
                    assign(c, path + "[" + i + "]", a.elements().get(i));
                }
            }
            case Value.VecOf v -> {
                for (int i = 0; i < v.elements().size(); i++) {
                    assign(c, path + ".data[" + i + "]", v.elements().get(i));
                }
                c.append("    ").append(path).append(".len = ").append(v.elements().size()).append(";\n");
            }
            case Value.StructOf s -> s.fields().forEach((name, field) ->
                    assign(c, path + "." + NAMES.member(name), field));
        }
    }

    private static void verify(StringBuilder c, String path, Value value) {
        switch (value) {
            case Value.Scalar s -> check(c, path + " == " + literal(s), path);
            case Value.Enumerated e -> check(c, path + " == (" + e.type().name() + ")"
                    + integer(e.raw(), e.type().base()), path);
            case Value.Text t -> check(c, path + ".len == " + t.text().length() + " && memcmp(" + path
                    + ".data, \"" + t.text() + "\", " + t.text().length() + ") == 0", path);
            case Value.ArrayOf a -> {
                for (int i = 0; i < a.elements().size(); i++) {
                    verify(c, path + "[" + i + "]", a.elements().get(i));
                }
            }
            case Value.VecOf v -> {
                check(c, path + ".len == " + v.elements().size(), path + ".len");
                for (int i = 0; i < v.elements().size(); i++) {
                    verify(c, path + ".data[" + i + "]", v.elements().get(i));
                }
            }
            case Value.StructOf s -> s.fields().forEach((name, field) ->
                    verify(c, path + "." + NAMES.member(name), field));
        }
    }

    private static void check(StringBuilder c, String condition, String path) {
        c.append("    check(").append(condition).append(", \"").append(path).append("\");\n");
    }

    private static String literal(Value.Scalar s) {
        return switch (s.type().kind()) {
            case BOOL -> s.bool() ? "true" : "false";
            case FLOAT -> s.type() == Primitive.F32 ? s.floating() + "f" : Double.toString(s.floating());
            default -> integer(s.integer(), s.type());
        };
    }

    /** A C expression of exactly this value and type, also for 128-bit and the most negative values. */
    static String integer(BigInteger value, Primitive type) {
        String c = io.ioxschema.gen.PrimitiveTable.of(type).c();
        BigInteger bits = value.signum() < 0 ? value.add(BigInteger.ONE.shiftLeft(type.bits())) : value;
        if (type.bits() == 128) {
            BigInteger low = bits.and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE));
            return "((" + c + ")(((iox_u128)0x" + bits.shiftRight(64).toString(16) + "ULL << 64) | 0x"
                    + low.toString(16) + "ULL))";
        }
        // Through the unsigned bit pattern, so INT64_MIN needs no special spelling.
        return "((" + c + ")0x" + bits.toString(16) + "ULL)";
    }
}

package io.ioxschema.conformance.java;

import io.ioxschema.conformance.vectors.Value;
import io.ioxschema.conformance.vectors.VectorProgram;
import io.ioxschema.gen.GeneratedFile;
import io.ioxschema.gen.java.JavaLiterals;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.model.EnumDef;
import io.ioxschema.model.FieldDef;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.Primitive;
import io.ioxschema.naming.JavaNames;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The Java test program of the shared byte vectors: every value goes through the generated
 * views (setters, {@code set}/{@code add} of arrays and vecs, 128-bit halves) into memory from
 * an {@code Arena}; the reference bytes are read through views over a {@code byte[]} (so
 * unaligned access is exercised too), and copied through the struct's record into fresh
 * memory, which must give the same bytes again. Built with javac, run with java.
 */
public final class JavaVectorProgram implements VectorProgram {

    private static final JavaNames NAMES = new JavaNames();
    /** Statements per generated method, far below the JVM's 64 KB limit per method. */
    private static final int CHUNK = 400;

    /**
     * Where a value sits: the expression that reads it (a value, or a view) and, for one that a
     * setter writes whole, how to write a literal there.
     */
    private record At(String read, UnaryOperator<String> write) {
    }

    @Override
    public String language() {
        return "java";
    }

    @Override
    public List<GeneratedFile> program(SchemaLayout layout, List<Value.StructOf> values) {
        StringBuilder java = new StringBuilder("""
                import java.io.IOException;
                import java.lang.foreign.Arena;
                import java.lang.foreign.MemorySegment;
                import java.lang.foreign.ValueLayout;
                import java.nio.file.Files;
                import java.nio.file.Path;

                public final class Vectors {
                    private static int failures;

                    private static void check(boolean ok, String path) {
                        if (!ok) {
                            System.err.println("mismatch at " + path);
                            failures++;
                        }
                    }

                    public static void main(String[] args) throws IOException {
                """);
        StringBuilder methods = new StringBuilder();
        for (Value.StructOf value : values) {
            String name = value.type().name();
            java.append("        write").append(name).append("();\n        check").append(name).append("();\n");
            methods.append(program(value));
        }
        java.append("        System.exit(failures == 0 ? 0 : 1);\n    }\n").append(methods).append("}\n");
        return List.of(new GeneratedFile("Vectors.java", java.toString()));
    }

    @Override
    public List<List<String>> commands(Path workDir) {
        return List.of(
                List.of(JavaToolchain.javac().toString(), "-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC",
                        "--release", "22", "-Xlint:all", "-Werror", "-d", "classes", "--source-path", ".",
                        "Vectors.java"),
                List.of(JavaToolchain.java().toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                        "classes", "Vectors"));
    }

    /** {@code writeS()}, {@code checkS()} and the chunks of statements they call. */
    private static String program(Value.StructOf value) {
        String name = value.type().name();
        String type = value.type().qualifiedName();
        FieldType struct = new FieldType.StructRef(value.type());
        List<String> writes = new ArrayList<>();
        write(writes, struct, value, new At("v", null));
        List<String> checks = new ArrayList<>();
        verify(checks, struct, value, new At("v", null));
        StringBuilder java = new StringBuilder();
        java.append("\n    private static void write").append(name).append("() throws IOException {\n")
                .append("        try (Arena arena = Arena.ofConfined()) {\n")
                .append("            ").append(type).append(" v = ").append(type).append(".allocate(arena);\n")
                .append(calls("            ", "write" + name, writes.size()))
                .append("            Files.write(Path.of(\"").append(name)
                .append(".java.bin\"), v.segment().toArray(ValueLayout.JAVA_BYTE));\n        }\n    }\n");
        java.append("\n    private static void check").append(name).append("() throws IOException {\n")
                .append("        MemorySegment bytes = MemorySegment.ofArray(Files.readAllBytes(Path.of(\"").append(name)
                .append(".ref.bin\")));\n")
                .append("        check(bytes.byteSize() == ").append(type).append(".SIZE, \"size of ").append(name)
                .append(".ref.bin\");\n")
                .append("        ").append(type).append(" v = ").append(type).append(".of(bytes);\n")
                .append(calls("        ", "check" + name, checks.size()))
                .append("        try (Arena arena = Arena.ofConfined()) {\n")
                .append("            ").append(type).append(" copy = ").append(type)
                .append(".allocate(arena).fromRecord(v.toRecord());\n")
                .append("            check(copy.segment().mismatch(bytes) == -1, \"").append(name)
                .append(" copied through its record\");\n        }\n    }\n");
        java.append(chunks("write" + name, type, writes)).append(chunks("check" + name, type, checks));
        return java.toString();
    }

    private static String calls(String indent, String prefix, int statements) {
        StringBuilder java = new StringBuilder();
        for (int i = 0; i * CHUNK < statements; i++) {
            java.append(indent).append(prefix).append(i).append("(v);\n");
        }
        return java.toString();
    }

    private static String chunks(String prefix, String type, List<String> statements) {
        StringBuilder java = new StringBuilder();
        for (int i = 0; i * CHUNK < statements.size(); i++) {
            java.append("\n    private static void ").append(prefix).append(i).append("(").append(type)
                    .append(" v) {\n");
            statements.subList(i * CHUNK, Math.min(statements.size(), (i + 1) * CHUNK))
                    .forEach(s -> java.append("        ").append(s).append(";\n"));
            java.append("    }\n");
        }
        return java.toString();
    }

    private static void write(List<String> out, FieldType type, Value value, At at) {
        switch (value) {
            case Value.Scalar s when s.type().bits() == 128 -> out.add(setHalves(at, s.integer()));
            case Value.Scalar s -> out.add(at.write().apply(literal(s)));
            case Value.Enumerated e when e.type().isFlags() && e.type().base().bits() == 128 ->
                    out.add(setHalves(at, e.raw()));
            case Value.Enumerated e -> out.add(at.write().apply(literal(e)));
            case Value.Text t -> out.add(at.write() != null ? at.write().apply(quoted(t))
                    : at.read() + ".set(" + quoted(t) + ")");
            case Value.StructOf s -> {
                for (FieldDef field : s.type().fields()) {
                    write(out, field.type(), s.fields().get(field.name()), field(at, field));
                }
            }
            case Value.ArrayOf a -> {
                FieldType element = ((FieldType.Array) type).element();
                for (int i = 0; i < a.elements().size(); i++) {
                    write(out, element, a.elements().get(i), element(at, element, i));
                }
            }
            case Value.VecOf v -> {
                FieldType element = ((FieldType.FixedVec) type).element();
                for (int i = 0; i < v.elements().size(); i++) {
                    Value item = v.elements().get(i);
                    if (isPlain(element)) {
                        out.add(at.read() + ".add(" + leaf(item) + ")");
                    } else {
                        out.add(at.read() + ".add()");
                        write(out, element, item, new At(at.read() + ".get(" + i + ")", null));
                    }
                }
            }
        }
    }

    private static void verify(List<String> out, FieldType type, Value value, At at) {
        switch (value) {
            case Value.Scalar s when s.type().bits() == 128 -> out.add(checkHalves(at, s.integer()));
            case Value.Scalar s -> out.add(check(at.read() + " == " + literal(s), at.read()));
            case Value.Enumerated e when e.type().isFlags() && e.type().base().bits() == 128 ->
                    out.add(checkHalves(at, e.raw()));
            case Value.Enumerated e -> out.add(check(at.read() + " == " + literal(e), at.read()));
            case Value.Text t -> out.add(check(at.read() + ".get().equals(" + quoted(t) + ")", at.read()));
            case Value.StructOf s -> {
                for (FieldDef field : s.type().fields()) {
                    verify(out, field.type(), s.fields().get(field.name()), field(at, field));
                }
            }
            case Value.ArrayOf a -> {
                FieldType element = ((FieldType.Array) type).element();
                out.add(check(at.read() + ".length() == " + a.elements().size(), at.read() + ".length()"));
                for (int i = 0; i < a.elements().size(); i++) {
                    verify(out, element, a.elements().get(i), element(at, element, i));
                }
            }
            case Value.VecOf v -> {
                FieldType element = ((FieldType.FixedVec) type).element();
                out.add(check(at.read() + ".size() == " + v.elements().size(), at.read() + ".size()"));
                for (int i = 0; i < v.elements().size(); i++) {
                    verify(out, element, v.elements().get(i), new At(at.read() + ".get(" + i + ")", null));
                }
            }
        }
    }

    /** A struct field: its getter, and its fluent setter for plain values and strings. */
    private static At field(At struct, FieldDef field) {
        String accessor = NAMES.accessor(field.name());
        String read = struct.read() + "." + accessor + "()";
        boolean setter = isPlain(field.type()) || field.type() instanceof FieldType.FixedString;
        return new At(read, setter ? literal -> struct.read() + "." + accessor + "(" + literal + ")" : null);
    }

    /** An array element: {@code get(i)}, and {@code set(i, value)} for plain values and strings. */
    private static At element(At array, FieldType element, int index) {
        String read = array.read() + ".get(" + index + ")";
        boolean setter = isPlain(element) || element instanceof FieldType.FixedString;
        return new At(read, setter ? literal -> array.read() + ".set(" + index + ", " + literal + ")" : null);
    }

    /** Read and written as a Java value (a primitive or an enum constant), not through a view. */
    private static boolean isPlain(FieldType type) {
        return switch (type) {
            case FieldType.Scalar s -> s.primitive().bits() < 128;
            case FieldType.EnumRef e -> !e.enumDef().isFlags() || e.enumDef().base().bits() < 128;
            default -> false;
        };
    }

    private static String leaf(Value value) {
        return switch (value) {
            case Value.Scalar s -> literal(s);
            case Value.Enumerated e -> literal(e);
            default -> throw new IllegalArgumentException("not a plain value: " + value);
        };
    }

    /** An enum value as its constant; a flags value as its raw bits. */
    private static String literal(Value.Enumerated e) {
        EnumDef def = e.type();
        if (!def.isFlags()) {
            return def.qualifiedName() + "." + NAMES.member(e.valueName());
        }
        return JavaLiterals.of(e.raw(), def.base());
    }

    private static String literal(Value.Scalar s) {
        return switch (s.type().kind()) {
            case BOOL -> Boolean.toString(s.bool());
            case FLOAT -> s.type() == Primitive.F32 ? Float.toString((float) s.floating()) + "f"
                    : Double.toString(s.floating());
            default -> JavaLiterals.of(s.integer(), s.type());
        };
    }

    private static String setHalves(At at, BigInteger value) {
        return at.read() + ".set(" + half(value, 0) + ", " + half(value, 64) + ")";
    }

    private static String checkHalves(At at, BigInteger value) {
        return check(at.read() + ".low() == " + half(value, 0) + " && " + at.read() + ".high() == " + half(value, 64),
                at.read());
    }

    /** 64 bits of a 128-bit two's complement value, as a long literal. */
    private static String half(BigInteger value, int shift) {
        return value.shiftRight(shift).longValue() + "L";
    }

    private static String quoted(Value.Text t) {
        return "\"" + t.text() + "\"";
    }

    private static String check(String condition, String path) {
        return "check(" + condition + ", \"" + path.replace("\"", "\\\"") + "\")";
    }

}

package io.ioxschema.conformance.ts;

import io.ioxschema.conformance.vectors.Value;
import io.ioxschema.conformance.vectors.VectorProgram;
import io.ioxschema.gen.GeneratedFile;
import io.ioxschema.gen.PrimitiveTable;
import io.ioxschema.gen.ts.TsGenerator;
import io.ioxschema.gen.ts.TsTypes;
import io.ioxschema.layout.FieldLayout;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.model.EnumDef;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.Primitive;
import io.ioxschema.naming.TypeScriptNames;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The TypeScript test program of the shared byte vectors: every value goes through the
 * generated views (setters, typed arrays, {@code set}/{@code push} of arrays and vecs), then
 * node writes the bytes with node:fs and checks every field of the reference bytes.
 */
public final class TsVectorProgram implements VectorProgram {

    private static final TypeScriptNames NAMES = new TypeScriptNames();

    /**
     * Where a value sits: the expression that reads it and, for a value that is written as a
     * whole, how to write a literal there (null for a view, which is written through).
     */
    private record At(String read, UnaryOperator<String> write) {
    }

    @Override
    public String language() {
        return "ts";
    }

    @Override
    public List<GeneratedFile> program(SchemaLayout layout, List<Value.StructOf> values) {
        Program program = new Program(layout);
        StringBuilder body = new StringBuilder();
        StringBuilder main = new StringBuilder();
        for (Value.StructOf value : values) {
            String type = program.types.reference(value.type());
            String name = value.type().name();
            program.packages.add(value.type().packageName());
            body.append("\nfunction write_").append(name).append("(): void {\n");
            body.append("    const v = ").append(type).append(".allocate();\n");
            program.write(body, new At("v", null), new FieldType.StructRef(value.type()), 0, value);
            body.append("    writeFileSync(\"").append(name).append(".ts.bin\", new Uint8Array(v._iox_view.buffer,"
                    + " v._iox_view.byteOffset, ").append(type).append(".SIZE));\n}\n");
            body.append("\nfunction check_").append(name).append("(): void {\n");
            body.append("    const v = new ").append(type).append("(load(\"").append(name).append(".ref.bin\", ")
                    .append(type).append(".SIZE));\n");
            program.verify(body, new At("v", null), new FieldType.StructRef(value.type()), 0, value);
            body.append("}\n");
            main.append("write_").append(name).append("();\ncheck_").append(name).append("();\n");
        }
        StringBuilder ts = new StringBuilder("import { readFileSync, writeFileSync } from \"node:fs\";\n");
        for (String pkg : program.packages) {
            ts.append("import * as ").append(TsTypes.alias(pkg)).append(" from \"")
                    .append(TsGenerator.importPath(TsGenerator.fileName(pkg))).append("\";\n");
        }
        ts.append("""

                let failures = 0;

                function check(ok: boolean, path: string): void {
                    if (!ok) {
                        console.error(`mismatch at ${path}`);
                        failures++;
                    }
                }

                /** The file's bytes in a buffer of their own, at offset 0 (so aligned). */
                function load(file: string, size: number): ArrayBuffer {
                    const bytes = readFileSync(file);
                    if (bytes.length !== size) {
                        throw new Error(`${file} has ${bytes.length} bytes, not ${size}`);
                    }
                    const buffer = new ArrayBuffer(size);
                    new Uint8Array(buffer).set(bytes);
                    return buffer;
                }
                """);
        ts.append(body).append('\n').append(main).append("process.exitCode = failures === 0 ? 0 : 1;\n");
        List<GeneratedFile> files = new ArrayList<>(TsToolchain.project(List.of("*.ts")));
        files.add(new GeneratedFile("vectors.ts", ts.toString()));
        return files;
    }

    @Override
    public List<List<String>> commands(Path workDir) {
        return List.of(List.of(TsToolchain.tsc().toString(), "-p", "tsconfig.json"), List.of("node", "out/vectors.js"));
    }

    /** One program's state: the layout, and the packages it has to import. */
    private static final class Program {
        private final SchemaLayout layout;
        private final TsTypes types;
        private final Set<String> packages = new TreeSet<>();

        Program(SchemaLayout layout) {
            this.layout = layout;
            // Every type through its module's alias: the program is a module of no package.
            this.types = new TsTypes(layout, "");
        }

        /** Writes {@code value} of {@code type} at {@code at}, whose offset keeps {@code alignment}. */
        void write(StringBuilder ts, At at, FieldType type, long alignment, Value value) {
            switch (value) {
                case Value.Scalar s -> line(ts, at.write().apply(literal(s)));
                case Value.Enumerated e -> line(ts, at.write().apply(literal(e)));
                case Value.Text t -> line(ts, at.write().apply("\"" + t.text() + "\""));
                case Value.StructOf s -> {
                    for (FieldLayout field : layout.of(s.type()).fields()) {
                        write(ts, member(at, field), field.field().type(), field.alignment(),
                                s.fields().get(field.name()));
                    }
                }
                case Value.ArrayOf a -> {
                    FieldType.Array array = (FieldType.Array) type;
                    for (int i = 0; i < a.elements().size(); i++) {
                        write(ts, element(at, array, alignment, i), array.element(), elementAlignment(array.element()),
                                a.elements().get(i));
                    }
                }
                case Value.VecOf v -> {
                    FieldType element = ((FieldType.FixedVec) type).element();
                    for (int i = 0; i < v.elements().size(); i++) {
                        if (TsTypes.isValue(element)) {
                            line(ts, at.read() + ".push(" + leaf(v.elements().get(i)) + ")");
                        } else {
                            line(ts, at.read() + ".push()");
                            write(ts, new At(at.read() + ".get(" + i + ")", null), element, elementAlignment(element),
                                    v.elements().get(i));
                        }
                    }
                }
            }
        }

        /** Checks every leaf of {@code value} as read at {@code at}. */
        void verify(StringBuilder ts, At at, FieldType type, long alignment, Value value) {
            switch (value) {
                case Value.Scalar s -> check(ts, at.read() + " === " + literal(s), at.read());
                case Value.Enumerated e -> check(ts, at.read() + " === " + literal(e), at.read());
                case Value.Text t -> check(ts, at.read() + " === \"" + t.text() + "\"", at.read());
                case Value.StructOf s -> {
                    for (FieldLayout field : layout.of(s.type()).fields()) {
                        verify(ts, member(at, field), field.field().type(), field.alignment(),
                                s.fields().get(field.name()));
                    }
                }
                case Value.ArrayOf a -> {
                    FieldType.Array array = (FieldType.Array) type;
                    check(ts, at.read() + ".length === " + a.elements().size(), at.read() + ".length");
                    for (int i = 0; i < a.elements().size(); i++) {
                        verify(ts, element(at, array, alignment, i), array.element(),
                                elementAlignment(array.element()), a.elements().get(i));
                    }
                }
                case Value.VecOf v -> {
                    FieldType element = ((FieldType.FixedVec) type).element();
                    check(ts, at.read() + ".length === " + v.elements().size(), at.read() + ".length");
                    for (int i = 0; i < v.elements().size(); i++) {
                        verify(ts, new At(at.read() + ".get(" + i + ")", null), element, elementAlignment(element),
                                v.elements().get(i));
                    }
                }
            }
        }

        private static At member(At struct, FieldLayout field) {
            String read = struct.read() + "." + NAMES.property(field.name());
            return new At(read, literal -> read + " = " + literal);
        }

        /** An array element: indexed in a typed array, through get/set in a ValueArray, a view otherwise. */
        private static At element(At array, FieldType.Array type, long alignment, int index) {
            if (TsTypes.typedArray(type, alignment).isPresent()) {
                String read = array.read() + "[" + index + "]";
                return new At(read, literal -> read + " = " + literal);
            }
            String read = array.read() + ".get(" + index + ")";
            return new At(read, TsTypes.isValue(type.element())
                    ? literal -> array.read() + ".set(" + index + ", " + literal + ")" : null);
        }

        private long elementAlignment(FieldType element) {
            return layout.of(element).alignment();
        }

        private String leaf(Value value) {
            return switch (value) {
                case Value.Scalar s -> literal(s);
                case Value.Enumerated e -> literal(e);
                case Value.Text t -> "\"" + t.text() + "\"";
                default -> throw new IllegalArgumentException("not a leaf: " + value);
            };
        }

        /** An enum value by its member's name; a flags value as its raw bits. */
        private String literal(Value.Enumerated e) {
            EnumDef def = e.type();
            if (e.valueName() != null && !def.isFlags()) {
                packages.add(def.packageName());
                return types.reference(def) + "." + NAMES.property(e.valueName());
            }
            return integer(e.raw(), def.base());
        }

        private static String literal(Value.Scalar s) {
            return switch (s.type().kind()) {
                case BOOL -> Boolean.toString(s.bool());
                case FLOAT -> Double.toString(s.floating());
                default -> integer(s.integer(), s.type());
            };
        }

        private static String integer(BigInteger value, Primitive type) {
            return "bigint".equals(PrimitiveTable.of(type).ts()) ? value + "n" : value.toString();
        }

        private static void line(StringBuilder ts, String statement) {
            ts.append("    ").append(statement).append(";\n");
        }

        private static void check(StringBuilder ts, String condition, String path) {
            line(ts, "check(" + condition + ", \"" + path + "\")");
        }
    }
}

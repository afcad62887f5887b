package io.ioxschema.conformance.python;

import io.ioxschema.conformance.vectors.Value;
import io.ioxschema.conformance.vectors.VectorProgram;
import io.ioxschema.gen.GeneratedFile;
import io.ioxschema.gen.python.PythonTypes;
import io.ioxschema.gen.python.StructMembers;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.model.FieldDef;
import io.ioxschema.model.Module;
import io.ioxschema.model.StructDef;
import io.ioxschema.model.TypeDef;
import io.ioxschema.naming.PythonNames;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Python test program of the shared byte vectors. It writes each top-level field that
 * needs converting through {@code set_<field>()} (so enums, strings, vecs and 128-bit
 * integers go through the helpers and keyword construction), every other field through
 * attributes, views and {@code append()}; it reads back through the views, element by
 * element, and through {@code get_<field>()} where the value holds no struct.
 */
public final class PythonVectorProgram implements VectorProgram {

    private static final PythonNames NAMES = new PythonNames();

    @Override
    public String language() {
        return "python";
    }

    @Override
    public List<GeneratedFile> program(SchemaLayout layout, List<Value.StructOf> values) {
        StringBuilder py = new StringBuilder("""
                import importlib
                import os
                import sys

                # The bindings are this folder's package: import them through it, not as top-level modules.
                _here = os.path.dirname(os.path.abspath(__file__))
                sys.path[0] = os.path.dirname(_here)
                _package = os.path.basename(_here)
                M = {
                """);
        for (Module module : layout.schema().modules()) {
            py.append("    ").append(literal(module.packageName())).append(": importlib.import_module(_package + \".")
                    .append(PythonTypes.moduleName(module.packageName())).append("\"),\n");
        }
        py.append("""
                }
                failures = []


                def check(ok, path):
                    if not ok:
                        failures.append(path)
                """);
        StringBuilder main = new StringBuilder();
        for (Value.StructOf value : values) {
            String type = value.type().name();
            py.append("\n\ndef write_").append(type).append("():\n");
            py.append("    v = ").append(typeRef(value.type())).append("()\n");
            value.fields().forEach((name, field) -> writeTopLevel(py, fieldDef(value.type(), name), field));
            py.append("    with open(\"").append(type).append(".python.bin\", \"wb\") as f:\n")
                    .append("        f.write(bytes(v))\n");
            py.append("\n\ndef check_").append(type).append("():\n");
            py.append("    with open(\"").append(type).append(".ref.bin\", \"rb\") as f:\n")
                    .append("        v = ").append(typeRef(value.type())).append(".from_buffer_copy(f.read())\n");
            value.fields().forEach((name, field) -> verifyTopLevel(py, fieldDef(value.type(), name), field));
            main.append("write_").append(type).append("()\ncheck_").append(type).append("()\n");
        }
        py.append("\n\n").append(main).append("""
                if failures:
                    sys.exit("mismatch at " + ", ".join(failures))
                """);
        return List.of(new GeneratedFile("vectors.py", py.toString()));
    }

    @Override
    public List<List<String>> commands(Path workDir) {
        return List.of(List.of(PythonToolchain.python(), "-W", "error", "vectors.py"));
    }

    private static FieldDef fieldDef(StructDef struct, String name) {
        return struct.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private void writeTopLevel(StringBuilder py, FieldDef field, Value value) {
        if (PythonTypes.needsConversion(field.type())) {
            py.append("    v.").append(StructMembers.setter(field.name())).append("(").append(plain(value))
                    .append(")\n");
        } else {
            write(py, Place.field("v", field.name()), value);
        }
    }

    private void write(StringBuilder py, Place place, Value value) {
        switch (value) {
            case Value.Scalar s when s.type().bits() == 128 -> call(py, place.read() + ".set(" + plain(s) + ")");
            case Value.Scalar s -> call(py, place.assign(plain(s)));
            case Value.Enumerated e when e.type().base().bits() == 128 ->
                    call(py, place.read() + ".set(" + plain(e) + ")");
            case Value.Enumerated e -> call(py, place.assign(plain(e)));
            case Value.Text t -> call(py, place.read() + ".set(" + plain(t) + ")");
            case Value.ArrayOf a -> {
                for (int i = 0; i < a.elements().size(); i++) {
                    write(py, Place.index(place.read(), i), a.elements().get(i));
                }
            }
            case Value.VecOf v -> v.elements().forEach(e -> call(py, place.read() + ".append(" + plain(e) + ")"));
            case Value.StructOf s -> s.fields().forEach((name, field) ->
                    write(py, Place.field(place.read(), name), field));
        }
    }

    private void verifyTopLevel(StringBuilder py, FieldDef field, Value value) {
        String getter = "v." + StructMembers.getter(field.name()) + "()";
        if (PythonTypes.needsConversion(field.type()) && !holdsStruct(value)) {
            check(py, getter + " == " + plain(value), getter);
        }
        if (value instanceof Value.Enumerated e) {
            check(py, "isinstance(" + getter + ", " + typeRef(e.type()) + ")", getter);
        }
        verify(py, Place.field("v", field.name()).read(), value);
    }

    private void verify(StringBuilder py, String read, Value value) {
        switch (value) {
            case Value.Scalar s when s.type().bits() == 128 -> check(py, read + ".get() == " + plain(s), read);
            case Value.Scalar s -> check(py, read + " == " + plain(s), read);
            case Value.Enumerated e when e.type().base().bits() == 128 ->
                    check(py, read + ".get() == " + e.raw(), read);
            case Value.Enumerated e -> check(py, read + " == " + e.raw(), read);
            case Value.Text t -> check(py, read + ".get() == " + plain(t), read);
            case Value.ArrayOf a -> {
                for (int i = 0; i < a.elements().size(); i++) {
                    verify(py, read + "[" + i + "]", a.elements().get(i));
                }
            }
            case Value.VecOf v -> {
                check(py, "len(" + read + ") == " + v.elements().size(), "len(" + read + ")");
                for (int i = 0; i < v.elements().size(); i++) {
                    verify(py, read + "[" + i + "]", v.elements().get(i));
                }
            }
            case Value.StructOf s -> s.fields().forEach((name, field) ->
                    verify(py, Place.field(read, name).read(), field));
        }
    }

    private static boolean holdsStruct(Value value) {
        return switch (value) {
            case Value.StructOf s -> true;
            case Value.ArrayOf a -> a.elements().stream().anyMatch(PythonVectorProgram::holdsStruct);
            case Value.VecOf v -> v.elements().stream().anyMatch(PythonVectorProgram::holdsStruct);
            default -> false;
        };
    }

    /** The value as a plain Python expression: what set_<field>(), set() and keyword construction take. */
    private String plain(Value value) {
        return switch (value) {
            case Value.Scalar s -> switch (s.type().kind()) {
                case BOOL -> s.bool() ? "True" : "False";
                case FLOAT -> Double.toString(s.floating());
                default -> s.integer().toString();
            };
            case Value.Enumerated e -> e.valueName() != null
                    ? typeRef(e.type()) + "." + NAMES.member(e.valueName())
                    : typeRef(e.type()) + "(" + e.raw() + ")";
            case Value.Text t -> literal(t.text());
            case Value.ArrayOf a -> a.elements().stream().map(this::plain).collect(Collectors.joining(", ", "[", "]"));
            case Value.VecOf v -> v.elements().stream().map(this::plain).collect(Collectors.joining(", ", "[", "]"));
            case Value.StructOf s -> typeRef(s.type()) + "(**{" + s.fields().entrySet().stream()
                    .map(f -> literal(f.getKey()) + ": " + plain(f.getValue()))
                    .collect(Collectors.joining(", ")) + "})";
        };
    }

    private static String typeRef(TypeDef type) {
        return "M[" + literal(type.packageName()) + "]." + type.name();
    }

    private static void call(StringBuilder py, String statement) {
        py.append("    ").append(statement).append('\n');
    }

    private static void check(StringBuilder py, String condition, String path) {
        py.append("    check(").append(condition).append(", ").append(literal(path)).append(")\n");
    }

    private static String literal(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Where a value lives: a struct field (reached with getattr where its name is a keyword) or an element. */
    private record Place(String owner, String field, int index) {

        static Place field(String owner, String field) {
            return new Place(owner, field, -1);
        }

        static Place index(String owner, int index) {
            return new Place(owner, null, index);
        }

        String read() {
            if (field == null) {
                return owner + "[" + index + "]";
            }
            return isKeyword(field) ? "getattr(" + owner + ", " + literal(field) + ")" : owner + "." + field;
        }

        String assign(String value) {
            if (field != null && isKeyword(field)) {
                return "setattr(" + owner + ", " + literal(field) + ", " + value + ")";
            }
            return read() + " = " + value;
        }

        private static boolean isKeyword(String name) {
            return NAMES.reservedWords().contains(name);
        }
    }}

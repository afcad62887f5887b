package io.ioxschema.conformance.rust;

import io.ioxschema.conformance.vectors.Value;
import io.ioxschema.conformance.vectors.VectorProgram;
import io.ioxschema.gen.GeneratedFile;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.model.EnumDef;
import io.ioxschema.model.EnumValue;
import io.ioxschema.model.Module;
import io.ioxschema.model.Primitive;
import io.ioxschema.model.TypeDef;
import io.ioxschema.naming.RustNames;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Rust test program of the shared byte vectors: values go in through the generated API
 * (fields, named enum and flags constants, {@code IoxString::set}, {@code IoxVec::push}) into
 * a zeroed value whose bytes are written out; the reference bytes are read into a value and
 * checked through the same API. Built with plain rustc: no dependencies, edition 2021 (the
 * cargo crate covers 2024).
 */
public final class RustVectorProgram implements VectorProgram {

    private static final RustNames NAMES = new RustNames();

    @Override
    public String language() {
        return "rust";
    }

    @Override
    public List<GeneratedFile> program(SchemaLayout layout, List<Value.StructOf> values) {
        StringBuilder rust = new StringBuilder("//! Writes and checks the shared byte test vectors.\n\n");
        rust.append("mod iox_support;\n");
        for (Module module : layout.schema().modules()) {
            rust.append("mod ").append(NAMES.module(module.packageName())).append(";\n");
        }
        rust.append(HELPERS);
        StringBuilder main = new StringBuilder("\nfn main() {\n    let mut failures = 0;\n");
        for (int i = 0; i < values.size(); i++) {
            Value.StructOf value = values.get(i);
            String type = path(value.type());
            String name = value.type().name();
            rust.append("\n/// ").append(name).append(" through the generated API, written out.\n");
            rust.append("fn write_").append(i).append("() {\n    let mut v: ").append(type).append(" = zeroed();\n");
            assign(rust, "v", value);
            rust.append("    dump(\"").append(name).append(".rust.bin\", &v);\n}\n");
            rust.append("\n/// The reference bytes of ").append(name).append(", checked field by field.\n");
            rust.append("fn check_").append(i).append("(failures: &mut u32) {\n    let v: ").append(type)
                    .append(" = load(\"").append(name).append(".ref.bin\");\n");
            verify(rust, "v", value);
            rust.append("}\n");
            main.append("    write_").append(i).append("();\n    check_").append(i).append("(&mut failures);\n");
        }
        main.append("    std::process::exit(if failures == 0 { 0 } else { 1 });\n}\n");
        return List.of(new GeneratedFile("main.rs", rust.append(main).toString()));
    }

    @Override
    public List<List<String>> commands(Path workDir) {
        // dead_code: a test program uses a fraction of the generated API; every other warning fails.
        return List.of(List.of(RustToolchain.rustc(), "--edition", "2021", "-D", "warnings", "-A", "dead_code",
                "-o", "vectors", "main.rs"), List.of("./vectors"));
    }

    private static void assign(StringBuilder rust, String path, Value value) {
        switch (value) {
            case Value.Scalar s -> line(rust, path + " = " + literal(s) + ";");
            case Value.Enumerated e -> line(rust, path + " = " + enumerated(e) + ";");
            case Value.Text t -> line(rust, path + ".set(" + quoted(t.text()) + ").unwrap();");
            case Value.ArrayOf a -> {
                for (int i = 0; i < a.elements().size(); i++) {
                    assign(rust, path + "[" + i + "]", a.elements().get(i));
                }
            }
            case Value.VecOf v -> {
                for (int i = 0; i < v.elements().size(); i++) {
                    line(rust, path + ".push(zeroed()).unwrap();");
                    assign(rust, path + ".as_mut_slice()[" + i + "]", v.elements().get(i));
                }
            }
            case Value.StructOf s -> s.fields().forEach((name, field) ->
                    assign(rust, path + "." + NAMES.member(name), field));
        }
    }

    private static void verify(StringBuilder rust, String path, Value value) {
        switch (value) {
            case Value.Scalar s -> check(rust, path + " == " + literal(s), path);
            case Value.Enumerated e -> check(rust, path + " == " + enumerated(e), path);
            case Value.Text t -> check(rust, path + ".as_str() == Ok(" + quoted(t.text()) + ")", path);
            case Value.ArrayOf a -> {
                for (int i = 0; i < a.elements().size(); i++) {
                    verify(rust, path + "[" + i + "]", a.elements().get(i));
                }
            }
            case Value.VecOf v -> {
                check(rust, path + ".len() == " + v.elements().size(), path + ".len()");
                for (int i = 0; i < v.elements().size(); i++) {
                    verify(rust, path + ".as_slice()[" + i + "]", v.elements().get(i));
                }
            }
            case Value.StructOf s -> s.fields().forEach((name, field) ->
                    verify(rust, path + "." + NAMES.member(name), field));
        }
    }

    private static void line(StringBuilder rust, String statement) {
        rust.append("    ").append(statement).append('\n');
    }

    private static void check(StringBuilder rust, String condition, String path) {
        line(rust, "check(" + condition + ", " + quoted(path) + ", failures);");
    }

    /** Through the generated constants: the enum value's name, or the flags set joined with |. */
    private static String enumerated(Value.Enumerated e) {
        EnumDef type = e.type();
        String path = path(type);
        if (e.valueName() != null) {
            return path + "::" + NAMES.constant(e.valueName());
        }
        List<String> names = new ArrayList<>();
        BigInteger covered = BigInteger.ZERO;
        for (EnumValue flag : type.values()) {
            if (flag.value().signum() != 0 && e.raw().and(flag.value()).equals(flag.value())) {
                names.add(path + "::" + NAMES.constant(flag.name()));
                covered = covered.or(flag.value());
            }
        }
        // No parentheses needed: | binds tighter than == in Rust.
        return !names.isEmpty() && covered.equals(e.raw()) ? String.join(" | ", names)
                : path + "(" + integer(e.raw(), type.base()) + ")";
    }

    private static String path(TypeDef type) {
        return NAMES.module(type.packageName()) + "::" + NAMES.member(type.name());
    }

    private static String literal(Value.Scalar s) {
        return switch (s.type().kind()) {
            case BOOL -> Boolean.toString(s.bool());
            case FLOAT -> new BigDecimal(s.floating()).toPlainString() + s.type().keyword();
            default -> integer(s.integer(), s.type());
        };
    }

    /** A typed literal; rustc accepts the most negative value written as a negated literal. */
    private static String integer(BigInteger value, Primitive type) {
        return value + type.keyword();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static final String HELPERS = """

            use iox_support::Zeroed;

            fn zeroed<T: Zeroed>() -> T {
                T::ZEROED
            }

            fn check(ok: bool, path: &str, failures: &mut u32) {
                if !ok {
                    eprintln!("mismatch at {path}");
                    *failures += 1;
                }
            }

            fn dump<T>(file: &str, value: &T) {
                // SAFETY: generated structs have no implicit padding: every byte is an initialized field.
                let bytes = unsafe {
                    std::slice::from_raw_parts((value as *const T).cast::<u8>(), std::mem::size_of::<T>())
                };
                std::fs::write(file, bytes).unwrap_or_else(|e| panic!("{file}: {e}"));
            }

            fn load<T: Zeroed>(file: &str) -> T {
                let bytes = std::fs::read(file).unwrap_or_else(|e| panic!("{file}: {e}"));
                assert_eq!(bytes.len(), std::mem::size_of::<T>(), "size of {file}");
                let mut value = T::ZEROED;
                // SAFETY: the reference bytes are a valid T (bools 0 or 1, lengths in range).
                unsafe {
                    std::ptr::copy_nonoverlapping(bytes.as_ptr(), (&mut value as *mut T).cast::<u8>(), bytes.len());
                }
                value
            }
            """;
}

package io.ioxschema.conformance.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ioxschema.conformance.support.Bindings;
import io.ioxschema.conformance.support.Fixtures;
import io.ioxschema.layout.FieldLayout;
import io.ioxschema.layout.Padding;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.layout.StructLayout;
import io.ioxschema.layout.TargetAbi;
import io.ioxschema.model.StructDef;
import java.io.IOException;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.PaddingLayout;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every valid fixture's generated Java (and a schema of names that are hard on Java) compiles
 * with javac {@code --release 22 -Xlint:all -Werror}, all fixtures of a target in one run, and
 * every generated class initialises, which runs its layout checks. Both distinct ABIs are
 * covered: x86_64 (aarch64 and armv7 lay out alike, armv7 without 128-bit) and i686, whose
 * 8-byte scalars align to 4.
 */
class JavaCompileTest {

    static final Path NAMES_SCHEMA = Path.of("src", "test", "resources", "java", "java_names.iox").toAbsolutePath();

    @TempDir
    static Path work;

    private static final Map<TargetAbi, Path> COMPILED = new HashMap<>();

    static Stream<TargetAbi> targets() {
        return Stream.of(TargetAbi.X86_64_LINUX, TargetAbi.I686_LINUX);
    }

    static List<SchemaLayout> schemas(TargetAbi target) {
        List<SchemaLayout> layouts = new ArrayList<>();
        Fixtures.validFor(target).forEach(f -> layouts.add(Fixtures.layout(f, target)));
        layouts.add(Fixtures.layout(NAMES_SCHEMA, target));
        return layouts;
    }

    /** The classes of every schema's generated Java for the target, compiled once per test run. */
    static synchronized Path compiled(TargetAbi target) {
        return COMPILED.computeIfAbsent(target, t -> {
            GeneratedJava java = new GeneratedJava();
            schemas(t).forEach(java::add);
            Path sources = work.resolve(t.name()).resolve("src");
            Path classes = work.resolve(t.name()).resolve("classes");
            Bindings.writeFiles(sources, java.files());
            JavaToolchain.compile(sources, classes);
            assertEquals(java.files().size(), JavaToolchain.topLevelClasses(classes).size(),
                    "one top-level class per generated file");
            return classes;
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void compilesWithEveryLintAsAnErrorAndEveryClassInitialises(TargetAbi target) throws IOException {
        Path classes = compiled(target);
        List<String> failures = new ArrayList<>();
        try (URLClassLoader loader = JavaToolchain.loader(classes)) {
            for (String name : JavaToolchain.topLevelClasses(classes)) {
                try {
                    Class.forName(name, true, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    failures.add(name + ": " + e + (e.getCause() == null ? "" : " caused by " + e.getCause()));
                }
            }
        }
        assertTrue(failures.isEmpty(), () -> "classes that fail to initialise:\n" + String.join("\n", failures));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void everyStructClassStatesTheLayoutTheCompilerComputed(TargetAbi target) throws Exception {
        try (URLClassLoader loader = JavaToolchain.loader(compiled(target))) {
            int structs = 0;
            for (SchemaLayout layout : schemas(target)) {
                for (StructDef def : layout.schema().allStructs()) {
                    checkContract(Class.forName(def.qualifiedName(), true, loader), layout.of(def));
                    structs++;
                }
            }
            assertTrue(structs > 50, "expected the fixtures' structs, got " + structs);
        }
    }

    /** TYPE_NAME, SIZE, ALIGNMENT, and LAYOUT: members named as the fields, padding where the holes are. */
    private static void checkContract(Class<?> type, StructLayout expected) throws ReflectiveOperationException {
        String where = type.getName() + ": ";
        assertEquals(expected.struct().typeName(), type.getField("TYPE_NAME").get(null), where + "TYPE_NAME");
        assertEquals(expected.size(), type.getField("SIZE").getLong(null), where + "SIZE");
        assertEquals(expected.alignment(), type.getField("ALIGNMENT").getLong(null), where + "ALIGNMENT");
        java.lang.foreign.StructLayout layout = (java.lang.foreign.StructLayout) type.getField("LAYOUT").get(null);
        List<String> names = new ArrayList<>();
        List<Padding> holes = new ArrayList<>();
        long offset = 0;
        for (MemoryLayout member : layout.memberLayouts()) {
            if (member instanceof PaddingLayout) {
                holes.add(new Padding(offset, member.byteSize()));
            } else {
                names.add(member.name().orElse("<unnamed>"));
            }
            offset += member.byteSize();
        }
        assertEquals(expected.fields().stream().map(FieldLayout::name).toList(), names, where + "member names");
        assertEquals(expected.padding(), holes, where + "padding layouts");
        assertEquals(expected.size(), layout.byteSize(), where + "LAYOUT size");
    }

    @Test
    void aPackageGeneratedForTwoSchemasIsTheSameForBoth() {
        // spec_example.iox and keywords.iox are separate schemas; imports of common/ come out the
        // same whichever schema imports them (GeneratedJava fails otherwise).
        GeneratedJava java = new GeneratedJava();
        for (Path fixture : Fixtures.validFor(TargetAbi.X86_64_LINUX)) {
            java.add(Fixtures.layout(fixture, TargetAbi.X86_64_LINUX));
        }
        java.add(Fixtures.layout(Fixtures.VALID.resolve("common").resolve("units.iox"), TargetAbi.X86_64_LINUX));
        java.add(Fixtures.layout(Fixtures.VALID.resolve("common").resolve("header.iox"), TargetAbi.X86_64_LINUX));
        assertTrue(java.files().stream().anyMatch(f -> f.path().equals("common/units/Quantity.java")));
    }

}

package io.ioxschema.conformance.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ioxschema.conformance.support.Bindings;
import io.ioxschema.conformance.support.Fixtures;
import io.ioxschema.gen.GeneratedFile;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.layout.TargetAbi;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the generated views behave, checked by Behaviour.java (compiled with the generated code
 * of behaviour.iox, so it calls the API as users do, without reflection): unknown enum values,
 * unsigned widening, capacity and index checks, records, toString, static accessors and byte
 * copies over batches, and that accesses allocate nothing.
 */
class JavaBehaviourTest {

    private static final Path RESOURCES = Path.of("src", "test", "resources", "java").toAbsolutePath();

    @TempDir
    static Path work;

    private static URLClassLoader loader;

    @BeforeAll
    static void compile() throws IOException {
        SchemaLayout layout = Fixtures.layout(RESOURCES.resolve("behaviour.iox"), TargetAbi.X86_64_LINUX);
        Path sources = work.resolve("src");
        Bindings.write(layout, "java", sources);
        Files.copy(RESOURCES.resolve("Behaviour.java"), sources.resolve("Behaviour.java"));
        JavaToolchain.compile(sources, work.resolve("classes"));
        loader = JavaToolchain.loader(work.resolve("classes"));
    }

    @AfterAll
    static void close() throws IOException {
        loader.close();
    }

    /** Runs one check of Behaviour.java; its AssertionError fails the test as it is. */
    private static Object run(String check) throws Throwable {
        try {
            return Class.forName("Behaviour", true, loader).getMethod(check).invoke(null);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void unknownEnumValuesReadAsNullAndRawWithoutThrowing() throws Throwable {
        run("unknownEnumValuesReadAsNullAndRawWithoutThrowing");
    }

    @Test
    void unsignedValuesWidenAndAreRangeChecked() throws Throwable {
        run("unsignedValuesWidenAndAreRangeChecked");
    }

    @Test
    void stringsAreCheckedAgainstTheirCapacity() throws Throwable {
        run("stringsAreCheckedAgainstTheirCapacity");
    }

    @Test
    void vecsCheckCapacityAndIndexes() throws Throwable {
        run("vecsCheckCapacityAndIndexes");
    }

    @Test
    void arraysAreIndexedInEveryDimension() throws Throwable {
        run("arraysAreIndexedInEveryDimension");
    }

    @Test
    void flagsHaveHelpers() throws Throwable {
        run("flagsHaveHelpers");
    }

    @Test
    void recordsCopyEveryValueBothWays() throws Throwable {
        run("recordsCopyEveryValueBothWays");
    }

    @Test
    void toStringShowsTheValues() throws Throwable {
        run("toStringShowsTheValues");
    }

    @Test
    void viewsWrapAnySegmentButNotTooSmallOne() throws Throwable {
        run("viewsWrapAnySegmentButNotTooSmallOne");
    }

    @Test
    void keptNestedViewsFollowTheirParentIntoAnotherSegment() throws Throwable {
        run("keptNestedViewsFollowTheirParentIntoAnotherSegment");
    }

    @Test
    void gettersAndSettersAllocateNothing() throws Throwable {
        long allocated = (Long) run("allocatedBytesOfAccessLoop");
        // One allocation per access would be megabytes; a tolerance keeps JVM noise from failing the test.
        assertTrue(allocated < 256, () -> "100 000 rounds of accesses allocated " + allocated + " bytes");
    }

    /** A LAYOUT that disagrees with what iox-schema computed stops class initialisation with a clear message. */
    @Test
    void staticAccessorsAndByteCopiesWorkOnBatches() throws Throwable {
        run("staticAccessorsAndByteCopiesWorkOnBatches");
    }

    @Test
    void classInitialisationRejectsALayoutThatDiffersFromTheComputedOne() throws Exception {
        SchemaLayout layout = Fixtures.layout(RESOURCES.resolve("behaviour.iox"), TargetAbi.X86_64_LINUX);
        Path sources = work.resolve("tampered");
        List<GeneratedFile> files = Bindings.write(layout, "java", sources);
        Path inner = sources.resolve("behaviour").resolve("Inner.java");
        String original = Files.readString(inner);
        String tampered = original.replace("public static final long SIZE = 16;", "public static final long SIZE = 24;");
        assertTrue(!tampered.equals(original) && !files.isEmpty(), "Inner.SIZE was 16");
        Files.writeString(inner, tampered);
        JavaToolchain.compile(sources, work.resolve("tampered-classes"));
        try (URLClassLoader tamperedLoader = JavaToolchain.loader(work.resolve("tampered-classes"))) {
            ExceptionInInitializerError error = assertThrows(ExceptionInInitializerError.class,
                    () -> Class.forName("behaviour.Inner", true, tamperedLoader));
            IllegalStateException cause = assertInstanceOf(IllegalStateException.class, error.getCause());
            assertEquals("Inner.LAYOUT: size is 16, but iox-schema computed 24 for x86_64-linux", cause.getMessage());
        }
    }
}

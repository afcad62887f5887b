package io.ioxschema.conformance.support;

import io.ioxschema.Compilation;
import io.ioxschema.CompileOptions;
import io.ioxschema.SchemaCompiler;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.layout.TargetAbi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The valid fixture schemas shared by every conformance test (kept in the compiler's test resources). */
public final class Fixtures {

    public static final Path VALID = Path.of("..", "compiler", "src", "test", "resources", "fixtures", "valid")
            .toAbsolutePath().normalize();

    private Fixtures() {
    }

    /** Every top-level fixture file (imported helpers live in subfolders). */
    public static List<Path> valid() {
        try (Stream<Path> files = Files.list(VALID)) {
            return files.filter(p -> p.toString().endsWith(".iox")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fixtures that are valid on the target: all but those using 128-bit types on a 32-bit
     * target. Any other failure fails the test run rather than shrinking it.
     */
    public static List<Path> validFor(TargetAbi target) {
        return valid().stream().filter(p -> {
            Compilation compilation = SchemaCompiler.compile(p, CompileOptions.defaults().withTarget(target));
            if (compilation.layout().isPresent()) {
                return true;
            }
            if (compilation.diagnostics().stream().filter(d -> d.isError())
                    .allMatch(d -> d.message().contains("not available on " + target.name()))) {
                return false;
            }
            throw new AssertionError("fixture " + p + " does not compile for " + target + ":\n"
                    + compilation.diagnostics().stream().map(Object::toString).collect(Collectors.joining("\n")));
        }).toList();
    }

    public static SchemaLayout layout(Path fixture, TargetAbi target) {
        Compilation compilation = SchemaCompiler.compile(fixture, CompileOptions.defaults().withTarget(target));
        return compilation.layout().orElseThrow(() -> new AssertionError(fixture + " does not compile for "
                + target + ":\n" + compilation.diagnostics().stream().map(Object::toString)
                .collect(Collectors.joining("\n"))));
    }

    public static String name(Path fixture) {
        String file = fixture.getFileName().toString();
        return file.substring(0, file.length() - ".iox".length());
    }
}

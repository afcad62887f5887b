package io.ioxschema.conformance.python;

import io.ioxschema.Schemas;
import io.ioxschema.conformance.support.Bindings;
import io.ioxschema.conformance.support.Fixtures;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.layout.TargetAbi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Python bindings of every valid fixture, and of the Python-only edge fixture, each in a
 * package folder {@code fx_<fixture>} under one root, so one Python process can import all.
 */
final class GeneratedPackages {

    private static final String RESOURCES = "/io/ioxschema/conformance/python/";

    private GeneratedPackages() {
    }

    /** Writes them all for x86_64-linux; returns each package folder's layout. */
    static Map<String, SchemaLayout> writeAll(Path root) {
        Map<String, SchemaLayout> packages = new LinkedHashMap<>();
        for (Path fixture : Fixtures.validFor(TargetAbi.X86_64_LINUX)) {
            packages.put("fx_" + Fixtures.name(fixture), Fixtures.layout(fixture, TargetAbi.X86_64_LINUX));
        }
        packages.put("fx_python_edge", Schemas.layout(resource("python_edge.iox")));
        packages.forEach((folder, layout) -> Bindings.write(layout, "python", root.resolve(folder)));
        return packages;
    }

    /** Copies a test script from the resources into {@code dir}; returns its path. */
    static Path script(String name, Path dir) {
        try {
            return Files.writeString(dir.resolve(name), resource(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = GeneratedPackages.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

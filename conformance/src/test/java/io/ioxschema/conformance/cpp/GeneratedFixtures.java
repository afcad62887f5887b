package io.ioxschema.conformance.cpp;

import io.ioxschema.conformance.support.Bindings;
import io.ioxschema.conformance.support.Fixtures;
import io.ioxschema.gen.GeneratedFile;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.layout.TargetAbi;
import java.nio.file.Path;
import java.util.List;

/** Every valid fixture's C++ headers for one target, each fixture in a folder of its own name. */
record GeneratedFixtures(Path root, List<Fixture> fixtures) {

    /** {@code headers}: every generated file name, the root module's last. */
    record Fixture(String name, Path dir, SchemaLayout layout, List<String> headers) {
        String rootHeader() {
            return headers.getLast();
        }
    }

    static GeneratedFixtures write(Path root, TargetAbi target) {
        List<Fixture> fixtures = Fixtures.validFor(target).stream().map(path -> {
            SchemaLayout layout = Fixtures.layout(path, target);
            Path dir = root.resolve(Fixtures.name(path));
            List<GeneratedFile> files = Bindings.write(layout, "cpp", dir);
            return new Fixture(Fixtures.name(path), dir, layout, files.stream().map(GeneratedFile::path).toList());
        }).toList();
        return new GeneratedFixtures(root, fixtures);
    }
}

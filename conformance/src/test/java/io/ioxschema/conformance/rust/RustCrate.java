package io.ioxschema.conformance.rust;

import io.ioxschema.conformance.support.Bindings;
import io.ioxschema.conformance.support.Fixtures;
import io.ioxschema.gen.GeneratedFile;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.layout.TargetAbi;
import io.ioxschema.naming.RustNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One cargo crate holding every valid fixture's generated modules: {@code src/<fixture>/}
 * holds a fixture's files side by side (so {@code super::} reaches its imports), declared by
 * a {@code mod.rs}, as the module docs tell users to lay them out. It stays at one place in
 * the build folder so cargo rebuilds only what changed.
 */
final class RustCrate {

    static final String NAME = "iox_schema_rust_conformance";
    private static final RustNames NAMES = new RustNames();

    /** Each fixture's layout on x86_64, by fixture name. */
    final Map<String, SchemaLayout> fixtures = new LinkedHashMap<>();
    final Path dir;

    private RustCrate(Path dir) {
        this.dir = dir;
    }

    static RustCrate ofAllFixtures() {
        RustCrate crate = new RustCrate(Path.of("target", "rust-crate").toAbsolutePath());
        for (Path fixture : Fixtures.validFor(TargetAbi.X86_64_LINUX)) {
            crate.fixtures.put(Fixtures.name(fixture), Fixtures.layout(fixture, TargetAbi.X86_64_LINUX));
        }
        return crate;
    }

    /**
     * Writes the crate, leaving files whose content is unchanged untouched (so cargo rebuilds
     * only what changed) and removing files no longer generated.
     */
    RustCrate write() {
        List<GeneratedFile> files = new ArrayList<>();
        for (String file : List.of("Cargo.toml", "Cargo.lock")) {
            files.add(new GeneratedFile(file, read(RustToolchain.CRATE_FILES.resolve(file))));
        }
        StringBuilder lib = new StringBuilder("""
                //! Every valid fixture schema's generated Rust modules, one parent module per fixture.
                #![warn(missing_docs)]
                """);
        fixtures.forEach((fixture, layout) -> {
            String module = module(fixture);
            StringBuilder mod = new StringBuilder("//! The modules generated from " + fixture + ".iox.\n");
            for (GeneratedFile file : Bindings.generate(layout, "rust")) {
                files.add(new GeneratedFile("src/" + module + "/" + file.path(), file.content()));
                String name = file.path().substring(0, file.path().length() - ".rs".length());
                mod.append("pub mod ").append(NAMES.member(name)).append(";\n");
            }
            files.add(new GeneratedFile("src/" + module + "/mod.rs", mod.toString()));
            lib.append("pub mod ").append(module).append(";\n");
        });
        files.add(new GeneratedFile("src/lib.rs", lib.toString()));
        files.add(new GeneratedFile("tests/iceoryx2.rs", IceoryxTestSource.of(this)));
        Bindings.writeFiles(dir, files);
        Set<Path> current = files.stream().map(f -> dir.resolve(f.path())).collect(Collectors.toSet());
        for (String generated : List.of("src", "tests")) {
            removeAllBut(dir.resolve(generated), current);
        }
        return this;
    }

    /** The parent module of a fixture's files; not the fixture's own name, which may be its package's. */
    static String module(String fixture) {
        return "fixture_" + fixture;
    }

    /** The Rust path of a generated type from outside the crate. */
    String path(String fixture, String packageName, String typeName) {
        return NAME + "::" + module(fixture) + "::" + NAMES.module(packageName) + "::" + NAMES.member(typeName);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void removeAllBut(Path folder, Set<Path> keep) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).filter(p -> !keep.contains(p)).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

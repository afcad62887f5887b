package io.ioxschema.diagnostics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the invalid fixtures on the test class path (they are read in place: imports resolve on disk). */
final class FixtureFiles {

    static final String INVALID = "fixtures/invalid";
    /** The file a multi-file fixture (a folder) is compiled from; the others are what it imports. */
    static final String ROOT_OF_FOLDER = "main.iox";

    private FixtureFiles() {
    }

    static Path invalidDir() {
        URL url = FixtureFiles.class.getClassLoader().getResource(INVALID);
        if (url == null) {
            throw new IllegalStateException(INVALID + " is not on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each top-level {@code .iox} file, and each folder (a multi-file case), sorted by name. */
    static List<Path> cases() {
        try (Stream<Path> entries = Files.list(invalidDir())) {
            return entries.filter(p -> Files.isDirectory(p) || isSchema(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every schema file of a case: the file itself, or every file under the folder. */
    static List<Path> schemaFiles(Path fixtureCase) {
        if (!Files.isDirectory(fixtureCase)) {
            return List.of(fixtureCase);
        }
        try (Stream<Path> files = Files.walk(fixtureCase)) {
            return files.filter(FixtureFiles::isSchema).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path root(Path fixtureCase) {
        return Files.isDirectory(fixtureCase) ? fixtureCase.resolve(ROOT_OF_FOLDER) : fixtureCase;
    }

    static boolean same(Path a, Path b) {
        return canonical(a).equals(canonical(b));
    }

    private static Path canonical(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static boolean isSchema(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".iox");
    }
}

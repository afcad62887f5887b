package io.ioxschema.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The valid fixture schemas under {@code fixtures/valid}, shared with other modules through
 * the compiler's test-jar. They are copied to a directory first because imports are resolved
 * on disk, and a jar on the class path is not a directory.
 */
public final class Fixtures {

    /** Class path folder of the valid fixtures; its subfolders hold files that fixtures import. */
    public static final String VALID = "fixtures/valid";

    private Fixtures() {
    }

    /** Copies every valid fixture (with the files they import) into {@code dir}; returns the top-level ones, sorted. */
    public static List<Path> copyValidTo(Path dir) {
        try {
            copyTree(VALID, dir);
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(p -> p.getFileName().toString().endsWith(".iox")).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(String resource, Path target) throws IOException {
        URL url = Fixtures.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException(resource + " is not on the class path");
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (!uri.getScheme().equals("jar")) {
            copyDirectory(Path.of(uri), target);
            return;
        }
        FileSystem jar;
        boolean openedHere;
        try {
            jar = FileSystems.newFileSystem(uri, Map.of());
            openedHere = true;
        } catch (FileSystemAlreadyExistsException e) {
            jar = FileSystems.getFileSystem(uri); // another caller's: leave it open
            openedHere = false;
        }
        try {
            copyDirectory(jar.provider().getPath(uri), target);
        } finally {
            if (openedHere) {
                jar.close();
            }
        }
    }

    private static void copyDirectory(Path source, Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path destination = target.resolve(source.relativize(file).toString());
                Files.createDirectories(destination.getParent());
                Files.copy(file, destination);
            }
        }
    }
}

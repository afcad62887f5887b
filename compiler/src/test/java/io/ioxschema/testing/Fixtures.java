package io.ioxschema.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The valid fixture schemas under {@code fixtures/valid} of the compiler's test resources
 * (other modules read them from the source tree: see the conformance module's Fixtures).
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** The top-level valid fixtures, sorted; their subfolders hold the files they import. */
    public static List<Path> valid() {
        URL url = Fixtures.class.getClassLoader().getResource("fixtures/valid");
        if (url == null || !url.getProtocol().equals("file")) {
            throw new IllegalStateException("fixtures/valid is not a folder on the class path: " + url);
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".iox")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

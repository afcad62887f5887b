package io.ioxschema.maven;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The schema files of a folder chosen by include and exclude patterns, Maven style: globs
 * relative to the folder, '/' between folders, and a leading {@code **}{@code /} also
 * matching no folder at all (so {@code **}{@code /*.iox} finds {@code a.iox} too).
 */
final class SchemaFiles {

    private SchemaFiles() {
    }

    /** The matching files, sorted, so the order (and so the output) never depends on the file system. */
    static List<Path> find(Path folder, List<String> includes, List<String> excludes) throws IOException {
        List<PathMatcher> in = matchers(folder.getFileSystem(), includes);
        List<PathMatcher> out = matchers(folder.getFileSystem(), excludes);
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> {
                        Path relative = folder.relativize(file);
                        return matchesAny(in, relative) && !matchesAny(out, relative);
                    })
                    .sorted()
                    .toList();
        }
    }

    private static boolean matchesAny(List<PathMatcher> matchers, Path relative) {
        return matchers.stream().anyMatch(m -> m.matches(relative));
    }

    private static List<PathMatcher> matchers(FileSystem fs, List<String> patterns) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String pattern : patterns) {
            String glob = pattern.replace('\\', '/');
            matchers.add(fs.getPathMatcher("glob:" + glob));
            // A glob's "**/" needs at least one folder; Maven's matches none as well.
            while (glob.startsWith("**/")) {
                glob = glob.substring(3);
                matchers.add(fs.getPathMatcher("glob:" + glob));
            }
        }
        return matchers;
    }
}

package io.ioxschema.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaFilesTest {

    @TempDir
    Path dir;

    private void touch(String path) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "");
    }

    private List<String> find(List<String> includes, List<String> excludes) throws IOException {
        return SchemaFiles.find(dir, includes, excludes).stream().map(p -> dir.relativize(p).toString()).toList();
    }

    @Test
    void aLeadingDoubleStarAlsoMatchesTheFolderItselfAndTheResultIsSorted() throws IOException {
        touch("b.iox");
        touch("a/deep/c.iox");
        touch("a.iox");
        touch("notes.txt");
        assertEquals(List.of("a.iox", "a/deep/c.iox", "b.iox"), find(List.of("**/*.iox"), List.of()));
    }

    @Test
    void excludesWin() throws IOException {
        touch("main.iox");
        touch("common/header.iox");
        touch("drafts/next.iox");
        assertEquals(List.of("common/header.iox", "main.iox"), find(List.of("**/*.iox"), List.of("drafts/**")));
        assertEquals(List.of("main.iox"), find(List.of("*.iox"), List.of()));
    }
}

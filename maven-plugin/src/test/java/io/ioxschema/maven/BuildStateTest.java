package io.ioxschema.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ioxschema.gen.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a generate run may skip: exactly when nothing it depends on has changed. */
class BuildStateTest {

    @TempDir
    Path dir;

    private Path schema;
    private Path imported;
    private Path out;
    private Path stateFile;

    @BeforeEach
    void lastRun() throws IOException {
        schema = Files.writeString(dir.resolve("main.iox"), "package main;");
        imported = Files.writeString(dir.resolve("my dir with spaces.iox"), "package common;");
        out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("main.h"), "main\n");
        Files.writeString(out.resolve("common.h"), "common\n");
        stateFile = dir.resolve("target/state/default.state");
        state("fp", List.of(new GeneratedFile("main.h", "main\n"), new GeneratedFile("common.h", "common\n")))
                .write(stateFile);
    }

    private BuildState state(String fingerprint, List<GeneratedFile> files) throws IOException {
        return BuildState.of(fingerprint, List.of(schema, imported), Map.of(out, files));
    }

    private boolean current(String fingerprint) throws IOException {
        return BuildState.read(stateFile).orElseThrow().isCurrent(fingerprint);
    }

    @Test
    void nothingChangedIsCurrentAfterARoundTripThroughTheFile() throws IOException {
        assertTrue(current("fp"));
        assertEquals(state("fp", List.of(new GeneratedFile("main.h", "main\n"),
                new GeneratedFile("common.h", "common\n"))), BuildState.read(stateFile).orElseThrow());
    }

    @Test
    void anotherFingerprintIsNotCurrent() throws IOException {
        assertFalse(current("other options"));
    }

    @Test
    void aChangedImportIsNotCurrent() throws IOException {
        Files.writeString(imported, "package common; struct New { x: u8; }");
        assertFalse(current("fp"));
    }

    @Test
    void aDeletedOrEditedOutputIsNotCurrent() throws IOException {
        Files.writeString(out.resolve("main.h"), "edited\n");
        assertFalse(current("fp"));
        Files.writeString(out.resolve("main.h"), "main\n");
        assertTrue(current("fp"));
        Files.delete(out.resolve("common.h"));
        assertFalse(current("fp"));
    }

    @Test
    void noOrAGarbledStateFileMeansGenerate() throws IOException {
        assertTrue(BuildState.read(dir.resolve("none.state")).isEmpty());
        Files.writeString(stateFile, "something else\n");
        assertTrue(BuildState.read(stateFile).isEmpty());
    }

    @Test
    void droppedAreTheOutputsNoLongerGeneratedThatNobodyEdited() throws IOException {
        BuildState previous = BuildState.read(stateFile).orElseThrow();
        BuildState next = state("fp", List.of(new GeneratedFile("main.h", "main\n")));
        assertEquals(List.of(out.resolve("common.h")), previous.dropped(next));

        Files.writeString(out.resolve("common.h"), "kept by hand\n");
        assertEquals(List.of(), previous.dropped(next));
    }
}

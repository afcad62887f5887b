package io.ioxschema.gen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one place generated files meet the disk: writes only what changed (so incremental
 * builds see unchanged timestamps), each file atomically, and answers {@code --check}.
 */
public final class OutputWriter {

    private OutputWriter() {
    }

    /** Files that are missing or differ, in every folder of a {@link SchemaGeneration} result. */
    public static List<Path> stale(Map<Path, List<GeneratedFile>> folders) throws IOException {
        List<Path> stale = new ArrayList<>();
        for (Map.Entry<Path, List<GeneratedFile>> folder : folders.entrySet()) {
            stale(folder.getKey(), folder.getValue()).forEach(path -> stale.add(folder.getKey().resolve(path)));
        }
        return stale;
    }

    /** Writes every file that differs, in every folder of a {@link SchemaGeneration} result; returns those written. */
    public static List<Path> write(Map<Path, List<GeneratedFile>> folders) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, List<GeneratedFile>> folder : folders.entrySet()) {
            write(folder.getKey(), folder.getValue()).forEach(path -> written.add(folder.getKey().resolve(path)));
        }
        return written;
    }

    /** Files that are missing under {@code outDir} or differ from what would be generated. */
    public static List<String> stale(Path outDir, List<GeneratedFile> files) throws IOException {
        List<String> stale = new ArrayList<>();
        for (GeneratedFile file : files) {
            Path target = outDir.resolve(file.path());
            if (!Files.isRegularFile(target)
                    || !Files.readString(target, StandardCharsets.UTF_8).equals(file.content())) {
                stale.add(file.path());
            }
        }
        return stale;
    }

    /** Writes every file whose content differs; returns the paths written. */
    public static List<String> write(Path outDir, List<GeneratedFile> files) throws IOException {
        List<String> changed = stale(outDir, files);
        for (GeneratedFile file : files) {
            if (!changed.contains(file.path())) {
                continue;
            }
            Path target = outDir.resolve(file.path());
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".iox-schema", ".tmp");
            try {
                Files.writeString(temp, file.content(), StandardCharsets.UTF_8);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
        return changed;
    }
}

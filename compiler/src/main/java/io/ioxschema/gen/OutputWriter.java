package io.ioxschema.gen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place generated files meet the disk: writes only what changed (so incremental
 * builds see unchanged timestamps), each file atomically, and answers {@code --check}.
 */
public final class OutputWriter {

    private OutputWriter() {
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

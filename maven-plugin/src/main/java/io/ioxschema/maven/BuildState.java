package io.ioxschema.maven;

import io.ioxschema.gen.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the last successful {@code generate} saw: a fingerprint of the tool and its settings,
 * a digest of every schema file read (imports included) and of every file written. The next
 * run skips when all of them still match; anything else (a changed import, an option, a new
 * plugin build, an output deleted or edited by hand) makes it generate again.
 */
record BuildState(String fingerprint, Map<Path, String> schemas, Map<Path, String> outputs) {

    private static final String HEADER = "iox-schema build state 1";

    BuildState {
        schemas = Map.copyOf(schemas);
        outputs = Map.copyOf(outputs);
    }

    static BuildState of(String fingerprint, List<Path> schemasRead, Map<Path, List<GeneratedFile>> folders)
            throws IOException {
        Map<Path, String> schemas = new LinkedHashMap<>();
        for (Path schema : schemasRead) {
            schemas.put(schema, sha256(Files.readAllBytes(schema)));
        }
        Map<Path, String> outputs = new LinkedHashMap<>();
        folders.forEach((folder, files) -> files.forEach(file -> outputs.put(
                folder.resolve(file.path()).toAbsolutePath().normalize(),
                sha256(file.content().getBytes(StandardCharsets.UTF_8)))));
        return new BuildState(fingerprint, schemas, outputs);
    }

    /** True when the fingerprint is the same and every schema and output file is as recorded. */
    boolean isCurrent(String currentFingerprint) throws IOException {
        return fingerprint.equals(currentFingerprint) && unchanged(schemas) && unchanged(outputs);
    }

    /** Files this state wrote that {@code next} no longer generates and nobody has edited since: safe to delete. */
    List<Path> dropped(BuildState next) throws IOException {
        List<Path> dropped = new ArrayList<>();
        for (Map.Entry<Path, String> output : outputs.entrySet()) {
            if (!next.outputs.containsKey(output.getKey()) && unchanged(Map.of(output.getKey(), output.getValue()))) {
                dropped.add(output.getKey());
            }
        }
        return dropped;
    }

    private static boolean unchanged(Map<Path, String> digests) throws IOException {
        for (Map.Entry<Path, String> file : digests.entrySet()) {
            if (!Files.isRegularFile(file.getKey())
                    || !sha256(Files.readAllBytes(file.getKey())).equals(file.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** The state in {@code file}, or empty when there is none or it cannot be read (then the run generates). */
    static Optional<BuildState> read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("fingerprint ")) {
                return Optional.empty();
            }
            Map<Path, String> schemas = new LinkedHashMap<>();
            Map<Path, String> outputs = new LinkedHashMap<>();
            for (String line : lines.subList(2, lines.size())) {
                // "<kind> <digest> <path>": the path is last, so it may hold spaces.
                String[] parts = line.split(" ", 3);
                if (parts.length != 3) {
                    return Optional.empty();
                }
                Map<Path, String> into = switch (parts[0]) {
                    case "schema" -> schemas;
                    case "output" -> outputs;
                    default -> null;
                };
                if (into == null) {
                    return Optional.empty();
                }
                into.put(Path.of(parts[2]), parts[1]);
            }
            return Optional.of(new BuildState(lines.get(1).substring("fingerprint ".length()), schemas, outputs));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("fingerprint ").append(fingerprint).append('\n');
        schemas.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> text.append("schema ").append(e.getValue()).append(' ').append(e.getKey()).append('\n'));
        outputs.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> text.append("output ").append(e.getValue()).append(' ').append(e.getKey()).append('\n'));
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}

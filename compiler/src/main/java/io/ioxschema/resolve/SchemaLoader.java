package io.ioxschema.resolve;

import io.ioxschema.diag.Diagnostics;
import io.ioxschema.source.SourceFile;
import io.ioxschema.source.SourceSpan;
import io.ioxschema.syntax.Ast;
import io.ioxschema.syntax.SyntaxParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a schema file and, transitively, everything it imports: relative to the importing
 * file first, then each include directory. Missing and circular imports are diagnostics.
 */
final class SchemaLoader {

    private static final Pattern PACKAGE_SEGMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final List<Path> includeDirs;
    private final Diagnostics diagnostics;
    private final Map<Path, Optional<LoadedFile>> loaded = new HashMap<>();
    private final Deque<Path> inProgress = new ArrayDeque<>();
    /** Every file read, in dependency order: a file comes after the files it imports. */
    private final Map<Path, LoadedFile> ordered = new LinkedHashMap<>();

    SchemaLoader(List<Path> includeDirs, Diagnostics diagnostics) {
        this.includeDirs = List.copyOf(includeDirs);
        this.diagnostics = diagnostics;
    }

    /** Loads the root file from disk; empty when it cannot be read or parsed. */
    Optional<LoadedFile> loadRoot(Path path) {
        Path key = canonical(path);
        Optional<SourceFile> source = read(path, path.toString(), null);
        return source.flatMap(s -> load(key, s));
    }

    /** Loads a root given as text (imports still resolve on disk, relative to its path). */
    Optional<LoadedFile> loadRoot(SourceFile source) {
        return load(canonical(source.path()), source);
    }

    List<LoadedFile> filesInDependencyOrder() {
        return List.copyOf(ordered.values());
    }

    private Optional<LoadedFile> load(Path key, SourceFile source) {
        Optional<LoadedFile> cached = loaded.get(key);
        if (cached != null) {
            return cached;
        }
        inProgress.push(key);
        Optional<LoadedFile> result = SyntaxParser.parse(source, diagnostics).map(ast -> resolveImports(key, ast));
        inProgress.pop();
        loaded.put(key, result);
        result.ifPresent(f -> ordered.put(key, f));
        return result;
    }

    private LoadedFile resolveImports(Path key, Ast.File ast) {
        List<LoadedFile> imports = new ArrayList<>();
        for (Ast.Import imp : ast.imports()) {
            importFile(key, imp).ifPresent(imports::add);
        }
        return new LoadedFile(ast, packageName(ast), imports);
    }

    private Optional<LoadedFile> importFile(Path importer, Ast.Import imp) {
        Optional<Path> found = locate(importer, imp.path());
        if (found.isEmpty()) {
            diagnostics.error(imp.span(), "cannot find imported file \"" + imp.path() + "\" (looked next to "
                    + importer.getFileName() + (includeDirs.isEmpty() ? "" : " and in every -I directory") + ")");
            return Optional.empty();
        }
        Path key = canonical(found.get());
        if (inProgress.contains(key)) {
            diagnostics.error(imp.span(), "circular import: " + cycleText(key));
            return Optional.empty();
        }
        if (loaded.containsKey(key)) {
            return loaded.get(key);
        }
        return read(found.get(), displayName(found.get()), imp.span()).flatMap(s -> load(key, s));
    }

    private Optional<Path> locate(Path importer, String relative) {
        List<Path> candidates = new ArrayList<>();
        try {
            Path parent = importer.getParent();
            candidates.add(parent == null ? Path.of(relative) : parent.resolve(relative));
            for (Path dir : includeDirs) {
                candidates.add(dir.resolve(relative));
            }
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }

    private String cycleText(Path closing) {
        List<Path> chain = new ArrayList<>(inProgress);
        java.util.Collections.reverse(chain);
        int start = chain.indexOf(closing);
        List<String> names = new ArrayList<>();
        for (Path p : chain.subList(start, chain.size())) {
            names.add(p.getFileName().toString());
        }
        names.add(closing.getFileName().toString());
        return String.join(" -> ", names);
    }

    private Optional<SourceFile> read(Path path, String displayName, SourceSpan importSite) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(new SourceFile(path, displayName, text));
        } catch (CharacterCodingException e) {
            diagnostics.error(importSite, displayName + ": not valid UTF-8 text");
        } catch (IOException | SecurityException e) {
            diagnostics.error(importSite, "cannot read " + displayName + ": " + describe(e));
        }
        return Optional.empty();
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private String packageName(Ast.File ast) {
        if (ast.packageName().isPresent()) {
            return ast.packageName().get().text();
        }
        Path name = ast.source().path().getFileName(); // none for a root such as "/" given by an API caller
        String fileName = name == null ? "" : name.toString();
        String stem = fileName.endsWith(".iox") ? fileName.substring(0, fileName.length() - 4) : fileName;
        if (!PACKAGE_SEGMENT.matcher(stem).matches()) {
            SourceSpan start = new SourceSpan(ast.source(), 1, 1, 1);
            diagnostics.error(start, "the file name '" + stem + "' is not a valid package name;"
                    + " add a 'package' declaration");
        }
        return stem;
    }

    private static String displayName(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    private static Path canonical(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}

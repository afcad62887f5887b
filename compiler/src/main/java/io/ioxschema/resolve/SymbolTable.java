package io.ioxschema.resolve;

import io.ioxschema.diag.Diagnostics;
import io.ioxschema.syntax.Ast;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every named declaration by package and name. A name is visible in its own file and in
 * the files that import that file; {@code pkg.Name} picks one when two imports share a name.
 */
final class SymbolTable {

    private final Map<String, Map<String, Symbol>> byPackage = new HashMap<>();
    private final Map<LoadedFile, List<Symbol>> byFile = new HashMap<>();
    private final Diagnostics diagnostics;

    SymbolTable(List<LoadedFile> files, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        for (LoadedFile file : files) {
            List<Symbol> declared = new ArrayList<>();
            for (Ast.Declaration declaration : file.ast().declarations()) {
                if (!(declaration instanceof Ast.Service)) {
                    Symbol symbol = new Symbol(declaration, file);
                    if (define(symbol)) {
                        declared.add(symbol);
                    }
                }
            }
            byFile.put(file, declared);
        }
    }

    private boolean define(Symbol symbol) {
        Map<String, Symbol> names = byPackage.computeIfAbsent(symbol.file().packageName(), p -> new LinkedHashMap<>());
        Symbol first = names.putIfAbsent(symbol.name(), symbol);
        if (first != null) {
            diagnostics.error(symbol.declaration().span(), "duplicate name '" + symbol.name() + "': "
                    + first.kindWithArticle() + " of that name is declared at "
                    + first.declaration().span().location());
            return false;
        }
        return true;
    }

    /** The declarations of one file that were accepted (duplicates left out), in written order. */
    List<Symbol> declaredIn(LoadedFile file) {
        return byFile.getOrDefault(file, List.of());
    }

    /**
     * Finds {@code name} as seen from {@code from}; reports an unknown or ambiguous name
     * using {@code what} ("type", "constant") and returns empty then.
     */
    Optional<Symbol> lookup(Ast.QualifiedName name, LoadedFile from, String what) {
        List<Symbol> matches = new ArrayList<>();
        String simple = name.last().text();
        String qualifier = name.parts().size() > 1
                ? name.text().substring(0, name.text().length() - simple.length() - 1) : null;
        for (LoadedFile file : visibleFiles(from)) {
            if (qualifier != null && !qualifier.equals(file.packageName())) {
                continue;
            }
            declaredIn(file).stream().filter(s -> s.name().equals(simple))
                    .filter(s -> !matches.contains(s)).forEach(matches::add);
            if (file == from && !matches.isEmpty()) {
                break; // the file's own declarations shadow imported ones
            }
        }
        if (matches.isEmpty()) {
            diagnostics.error(name.span(), "unknown " + what + " '" + name.text() + "'");
            return Optional.empty();
        }
        if (matches.size() > 1) {
            diagnostics.error(name.span(), "'" + name.text() + "' is ambiguous: it is declared in packages "
                    + String.join(" and ", matches.stream().map(s -> s.file().packageName()).distinct().toList())
                    + "; write the package name before it");
            return Optional.empty();
        }
        return Optional.of(matches.getFirst());
    }

    private static List<LoadedFile> visibleFiles(LoadedFile from) {
        List<LoadedFile> files = new ArrayList<>();
        files.add(from);
        files.addAll(from.imports());
        return files;
    }
}

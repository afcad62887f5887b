package io.ioxschema.resolve;

import io.ioxschema.diag.Diagnostics;
import io.ioxschema.model.ConstDef;
import io.ioxschema.model.Module;
import io.ioxschema.model.Primitive;
import io.ioxschema.model.Schema;
import io.ioxschema.model.ServiceDef;
import io.ioxschema.model.TypeDef;
import io.ioxschema.naming.NameKind;
import io.ioxschema.source.SourceFile;
import io.ioxschema.syntax.Ast;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Entry point of the resolve phase: loads a schema and its imports, resolves names and
 * constants, checks every rule of the language and returns the immutable model. Any error
 * leaves the result empty; all errors of the run are in the diagnostics.
 */
public final class Resolver {

    private Resolver() {
    }

    public static Optional<Schema> resolve(Path file, List<Path> includeDirs, Diagnostics diagnostics) {
        SchemaLoader loader = new SchemaLoader(includeDirs, diagnostics);
        return loader.loadRoot(file).flatMap(root -> resolveLoaded(root, loader, diagnostics));
    }

    public static Optional<Schema> resolve(SourceFile source, List<Path> includeDirs, Diagnostics diagnostics) {
        SchemaLoader loader = new SchemaLoader(includeDirs, diagnostics);
        return loader.loadRoot(source).flatMap(root -> resolveLoaded(root, loader, diagnostics));
    }

    private static Optional<Schema> resolveLoaded(LoadedFile root, SchemaLoader loader, Diagnostics diagnostics) {
        if (diagnostics.hasErrors()) {
            return Optional.empty(); // syntax errors: names would only cascade
        }
        List<LoadedFile> files = loader.filesInDependencyOrder();
        SymbolTable symbols = new SymbolTable(files, diagnostics);
        ConstantEvaluator constants = new ConstantEvaluator(symbols, diagnostics);
        NumberReader numbers = new NumberReader(constants, diagnostics);
        TypeBuilder types = new TypeBuilder(symbols, numbers, diagnostics);
        ServiceBuilder services = new ServiceBuilder(types, numbers, diagnostics);

        types.checkRecursion(files.stream().flatMap(f -> symbols.declaredIn(f).stream())
                .filter(s -> s.declaration() instanceof Ast.Struct).toList());
        List<Module> modules = new ArrayList<>();
        for (LoadedFile file : files) {
            modules.add(module(file, symbols, constants, types, services, diagnostics));
        }
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Schema(modules.getLast(), modules.subList(0, modules.size() - 1)));
    }

    private static Module module(LoadedFile file, SymbolTable symbols, ConstantEvaluator constants,
                                 TypeBuilder types, ServiceBuilder services, Diagnostics diagnostics) {
        checkPackageName(file, diagnostics);
        List<ConstDef> constDefs = new ArrayList<>();
        List<TypeDef> typeDefs = new ArrayList<>();
        for (Symbol symbol : symbols.declaredIn(file)) {
            if (symbol.declaration() instanceof Ast.Const c) {
                Attributes.check(c.attributes(), java.util.Set.of(), "a constant", diagnostics);
                NameRules.checkTargetLanguages(symbol.name(), NameKind.MEMBER, c.name().span(), diagnostics);
                Optional<BigInteger> value = constants.valueOf(symbol);
                Optional<Primitive> type = c.type().filter(Ast.PrimitiveType.class::isInstance)
                        .flatMap(t -> Primitive.byKeyword(((Ast.PrimitiveType) t).keyword()));
                value.ifPresent(v -> constDefs.add(new ConstDef(symbol.name(), file.packageName(), type, v,
                        TypeBuilder.doc(c.doc()), c.name().span())));
            } else {
                NameRules.checkTargetLanguages(symbol.name(), NameKind.TYPE, symbol.declaration().span(), diagnostics);
                types.build(symbol).ifPresent(typeDefs::add);
            }
        }
        List<ServiceDef> serviceDefs = new ArrayList<>();
        for (Ast.Declaration declaration : file.ast().declarations()) {
            if (declaration instanceof Ast.Service s) {
                services.build(s, file).ifPresent(serviceDefs::add);
            }
        }
        List<String> importedPackages = file.imports().stream().map(LoadedFile::packageName).distinct().toList();
        return new Module(file.ast().source(), file.packageName(), importedPackages, constDefs, typeDefs, serviceDefs);
    }

    private static void checkPackageName(LoadedFile file, Diagnostics diagnostics) {
        file.ast().packageName().ifPresent(name -> name.parts().forEach(part ->
                NameRules.checkTargetLanguages(part.text(), NameKind.PACKAGE_SEGMENT, part.span(), diagnostics)));
    }
}

package io.ioxschema.gen;

import io.ioxschema.model.Module;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * How C and C++ lay out their files: one header per schema file, named after its package
 * ({@code a.b} becomes {@code a_b.h}), guarded by a macro of the same name.
 *
 * @param extension {@code h} or {@code hpp}
 */
public record HeaderFiles(String extension) {

    public String fileName(String packageName) {
        return packageName.replace('.', '_') + "." + extension;
    }

    public String includeGuard(String packageName) {
        return "IOX_SCHEMA_" + fileName(packageName).replace('.', '_').toUpperCase(Locale.ROOT);
    }

    /** The header of every module of the input, each made by {@code header}. */
    public List<GeneratedFile> perModule(GenerationInput input, Function<Module, String> header) {
        return input.layout().schema().modules().stream()
                .map(m -> new GeneratedFile(fileName(m.packageName()), header.apply(m)))
                .toList();
    }

    /** The headers a module's header includes: those of the packages it imports. */
    public List<String> imports(Module module) {
        return module.importedPackages().stream().map(this::fileName).toList();
    }
}

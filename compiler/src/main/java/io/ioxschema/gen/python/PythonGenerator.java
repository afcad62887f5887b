package io.ioxschema.gen.python;

import io.ioxschema.diag.Diagnostic;
import io.ioxschema.gen.GeneratedFile;
import io.ioxschema.gen.GenerationInput;
import io.ioxschema.gen.Generator;
import io.ioxschema.gen.Templates;
import io.ioxschema.model.Module;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Python: one ctypes module per schema file, in a package (the output folder) whose
 * {@code __init__.py} lets the modules import each other relatively, plus the runtime they
 * share. Import-time checks raise {@code LayoutError} where ctypes disagrees with the layout.
 */
public final class PythonGenerator implements Generator {

    /** The shared runtime module; the same for every schema, so several schemas may share a folder. */
    public static final String RUNTIME_MODULE = "_iox_runtime";

    private final Templates templates = new Templates("io/ioxschema/gen/python");

    @Override
    public String language() {
        return "python";
    }

    @Override
    public List<Diagnostic> check(GenerationInput input) {
        return PythonChecks.of(input.layout());
    }

    @Override
    public List<GeneratedFile> generate(GenerationInput input) {
        // Not from one schema, so not stamped with one: identical for every schema of this version.
        Map<String, String> shared = Map.of("stamp", input.sharedStamp());
        List<GeneratedFile> files = new ArrayList<>();
        files.add(new GeneratedFile("__init__.py", templates.render("init.py.mustache", shared)));
        files.add(new GeneratedFile(RUNTIME_MODULE + ".py", templates.render("runtime.py.mustache", shared)));
        for (Module module : input.layout().schema().modules()) {
            PythonModule model = new ModuleBuilder(input.layout(), module).build(input.stamp(module));
            files.add(new GeneratedFile(fileName(module.packageName()),
                    templates.render("module.py.mustache", model)));
        }
        return files;
    }

    public static String fileName(String packageName) {
        return PythonTypes.moduleName(packageName) + ".py";
    }
}

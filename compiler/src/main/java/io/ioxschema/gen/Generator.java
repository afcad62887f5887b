package io.ioxschema.gen;

import io.ioxschema.diag.Diagnostic;
import java.util.List;

/**
 * A code generator for one language. It returns files in memory; one writer handles the
 * disk and {@code --check}. A generator lives in a package of its own with its templates.
 */
public interface Generator {

    /** The name used with {@code --lang}, e.g. "rust". */
    String language();

    /**
     * What this language cannot express for the schema, as errors (and what it can express
     * only in part, as warnings). Runs for every requested language before anything is
     * generated, so an unsupported feature stops the run before a file is written.
     */
    List<Diagnostic> check(GenerationInput input);

    List<GeneratedFile> generate(GenerationInput input);
}

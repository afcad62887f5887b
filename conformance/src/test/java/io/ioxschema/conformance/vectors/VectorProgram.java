package io.ioxschema.conformance.vectors;

import io.ioxschema.layout.SchemaLayout;
import java.util.List;

/**
 * A language's part in the shared byte test vectors: given generated bindings for a
 * fixture, write a program that, for every listed value, (1) fills a zeroed buffer of the
 * struct's size through the generated API and writes the bytes to {@code <Struct>.<language>.bin},
 * and (2) reads {@code <Struct>.ref.bin} through the generated API and checks every field,
 * exiting non-zero with the field's path on a mismatch.
 */
public interface VectorProgram {

    String language();

    /** The files of the test program, relative to the language's work folder. */
    List<io.ioxschema.gen.GeneratedFile> program(SchemaLayout layout, List<Value.StructOf> values);

    /** Commands that build (if needed) and run the program in the work folder. */
    List<List<String>> commands(java.nio.file.Path workDir);
}

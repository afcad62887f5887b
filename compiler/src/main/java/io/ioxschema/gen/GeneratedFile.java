package io.ioxschema.gen;

/** One output file, in memory: a '/'-separated path relative to the output directory, and its text. */
public record GeneratedFile(String path, String content) {
}

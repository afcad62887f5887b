package io.ioxschema.layout;

/** A hole in a struct that no field covers. */
public record Padding(long offset, long size) {
}

package io.ioxschema.layout;

/** Size and alignment of a type on one target, in bytes. */
public record TypeLayout(long size, long alignment) {
}

package io.ioxschema.resolve;

/** Bounds the compiler enforces so every target language can represent a layout. */
public final class Limits {

    /** The largest alignment every language accepts: gcc's limit (Rust's is 1 << 29). */
    public static final long MAX_ALIGN = 1L << 28;
    /** Array lengths and capacities; sizes are checked again after layout. */
    public static final long MAX_COUNT = Integer.MAX_VALUE;
    /** iceoryx2's {@code MAX_TYPE_NAME_LENGTH}. */
    public static final int MAX_TYPE_NAME_LENGTH = 256;
    /** iceoryx2's {@code MAX_SERVICE_NAME_LENGTH}. */
    public static final int MAX_SERVICE_NAME_LENGTH = 255;

    private Limits() {
    }
}

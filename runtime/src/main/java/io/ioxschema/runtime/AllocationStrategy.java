package io.ioxschema.runtime;

/**
 * How a publisher of slices gets memory for a slice longer than its initial max slice length
 * (iceoryx2's {@code AllocationStrategy}).
 */
public enum AllocationStrategy {
    /** Never grows: a longer slice cannot be loaned (iceoryx2's default). */
    STATIC,
    /** Grows to exactly the length asked for: no byte wasted, more reallocations. */
    BEST_FIT,
    /** Grows to the next power of two: few reallocations, more memory. */
    POWER_OF_TWO;

    /** The code the native library reads; the constants' order is that of runtime/native/src/pubsub.rs. */
    long code() {
        return ordinal();
    }
}

package io.ioxschema.runtime;

/**
 * What a publisher does when a subscriber's buffer is full and the service has no safe
 * overflow (iceoryx2's {@code BackpressureStrategy}).
 */
public enum BackpressureStrategy {
    /** Waits until the subscriber takes a sample, so nothing is lost (iceoryx2's default). */
    RETRY_UNTIL_DELIVERED,
    /** Skips that subscriber for this sample. */
    DISCARD_DATA;

    /** The code the native library reads; the constants' order is that of runtime/native/src/pubsub.rs. */
    long code() {
        return ordinal();
    }
}

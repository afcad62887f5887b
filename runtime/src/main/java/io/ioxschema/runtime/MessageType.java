package io.ioxschema.runtime;

/**
 * What iceoryx2 checks about a payload or user header type: every process on a service must
 * state the same type name and size, and an alignment no larger than the service's. Generated
 * classes carry these (see {@link TypeDetails#of(Class)}); {@link TypeDetails} states them by hand.
 */
public interface MessageType {

    /** The iceoryx2 type name, e.g. {@code "SensorData"}: the same in every language. */
    String typeName();

    /** The size in bytes. */
    long size();

    /** The alignment in bytes, a power of two. */
    long alignment();
}

package io.ioxschema.runtime;

/** The settings of an event service, as read from iceoryx2. */
public record EventSettings(long maxNotifiers, long maxListeners, long maxNodes, long eventIdMaxValue) {
}

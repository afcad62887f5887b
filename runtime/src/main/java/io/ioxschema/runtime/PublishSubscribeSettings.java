package io.ioxschema.runtime;

/** The settings of a publish-subscribe service, as read from iceoryx2. */
public record PublishSubscribeSettings(long historySize, long subscriberMaxBufferSize, long subscriberMaxBorrowedSamples,
        long maxPublishers, long maxSubscribers, long maxNodes, boolean safeOverflow) {
}

package io.ioxschema.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every setting a service may carry, per messaging pattern: message types, then the
 * QoS values of iceoryx2's service builders.
 */
public enum ServiceSetting {
    PAYLOAD(MessagingPattern.PUBLISH_SUBSCRIBE, true, true),
    USER_HEADER(MessagingPattern.PUBLISH_SUBSCRIBE, true, false),
    HISTORY_SIZE(MessagingPattern.PUBLISH_SUBSCRIBE, false, false),
    SUBSCRIBER_MAX_BUFFER_SIZE(MessagingPattern.PUBLISH_SUBSCRIBE, false, false),
    SUBSCRIBER_MAX_BORROWED_SAMPLES(MessagingPattern.PUBLISH_SUBSCRIBE, false, false),
    PUBLISHER_MAX_LOANED_SAMPLES(MessagingPattern.PUBLISH_SUBSCRIBE, false, false),
    MAX_PUBLISHERS(MessagingPattern.PUBLISH_SUBSCRIBE, false, false),
    MAX_SUBSCRIBERS(MessagingPattern.PUBLISH_SUBSCRIBE, false, false),
    MAX_NODES(null, false, false),

    REQUEST(MessagingPattern.REQUEST_RESPONSE, true, true),
    RESPONSE(MessagingPattern.REQUEST_RESPONSE, true, true),
    REQUEST_HEADER(MessagingPattern.REQUEST_RESPONSE, true, false),
    RESPONSE_HEADER(MessagingPattern.REQUEST_RESPONSE, true, false),
    MAX_ACTIVE_REQUESTS_PER_CLIENT(MessagingPattern.REQUEST_RESPONSE, false, false),
    MAX_LOANED_REQUESTS(MessagingPattern.REQUEST_RESPONSE, false, false),
    MAX_RESPONSE_BUFFER_SIZE(MessagingPattern.REQUEST_RESPONSE, false, false),
    MAX_BORROWED_RESPONSES_PER_PENDING_RESPONSE(MessagingPattern.REQUEST_RESPONSE, false, false),
    MAX_SERVERS(MessagingPattern.REQUEST_RESPONSE, false, false),
    MAX_CLIENTS(MessagingPattern.REQUEST_RESPONSE, false, false),

    MAX_NOTIFIERS(MessagingPattern.EVENT, false, false),
    MAX_LISTENERS(MessagingPattern.EVENT, false, false),
    EVENT_ID_MAX_VALUE(MessagingPattern.EVENT, false, false);

    /** The pattern the setting belongs to; null for one every pattern has. */
    private final MessagingPattern pattern;
    private final boolean isType;
    private final boolean required;

    ServiceSetting(MessagingPattern pattern, boolean isType, boolean required) {
        this.pattern = pattern;
        this.isType = isType;
        this.required = required;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<ServiceSetting> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }

    public boolean appliesTo(MessagingPattern p) {
        return pattern == null || pattern == p;
    }

    /** A message type (a struct), rather than a number. */
    public boolean isType() {
        return isType;
    }

    /** The smallest value a QoS setting accepts: a count of zero means "none" only for these two. */
    public long minimum() {
        return this == HISTORY_SIZE || this == EVENT_ID_MAX_VALUE ? 0 : 1;
    }

    public boolean isRequired() {
        return required;
    }
}

package io.ioxschema.model;

/** The iceoryx2 messaging patterns a service may use. */
public enum MessagingPattern {
    PUBLISH_SUBSCRIBE("publish_subscribe"),
    REQUEST_RESPONSE("request_response"),
    EVENT("event");

    private final String keyword;

    MessagingPattern(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }
}

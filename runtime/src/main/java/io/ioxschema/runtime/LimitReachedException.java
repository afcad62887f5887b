package io.ioxschema.runtime;

/** A limit of the service is reached: its number of publishers, subscribers or nodes, or the samples a subscriber may hold at once. */
public class LimitReachedException extends IoxException {

    private static final long serialVersionUID = 1L;

    public LimitReachedException(String message) {
        super(message);
    }

}

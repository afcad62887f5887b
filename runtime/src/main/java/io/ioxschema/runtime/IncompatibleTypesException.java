package io.ioxschema.runtime;

/** The service exists with another payload or user header type; the message names both sides' type name, size and alignment. */
public class IncompatibleTypesException extends IncompatibleServiceException {

    private static final long serialVersionUID = 1L;

    public IncompatibleTypesException(String message) {
        super(message);
    }

}

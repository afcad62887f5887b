package io.ioxschema.runtime;

/** {@code create()} of a service that exists already. */
public class ServiceAlreadyExistsException extends IoxException {

    private static final long serialVersionUID = 1L;

    public ServiceAlreadyExistsException(String message) {
        super(message);
    }

}

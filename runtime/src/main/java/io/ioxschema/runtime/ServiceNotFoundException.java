package io.ioxschema.runtime;

/** {@code open()} of a service that does not exist (yet). */
public class ServiceNotFoundException extends IoxException {

    private static final long serialVersionUID = 1L;

    public ServiceNotFoundException(String message) {
        super(message);
    }

}

package io.ioxschema.runtime;

/** The service exists with settings that do not satisfy the request: another messaging pattern, fewer ports, a smaller buffer or history, another overflow behaviour. */
public class IncompatibleServiceException extends IoxException {

    private static final long serialVersionUID = 1L;

    public IncompatibleServiceException(String message) {
        super(message);
    }

}

package io.ioxschema.runtime;

/** A failure of iceoryx2 or of the runtime; its subclasses name the ones a program may handle. */
public class IoxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IoxException(String message) {
        super(message);
    }

    public IoxException(String message, Throwable cause) {
        super(message, cause);
    }
}

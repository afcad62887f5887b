package io.ioxschema.runtime;

/** No sample can be loaned: the publisher holds all the loans it may, or its memory is all in subscribers' hands. */
public class LoanExhaustedException extends IoxException {

    private static final long serialVersionUID = 1L;

    public LoanExhaustedException(String message) {
        super(message);
    }

}

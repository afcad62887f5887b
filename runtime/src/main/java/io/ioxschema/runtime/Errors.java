package io.ioxschema.runtime;

/** The exception for each status code of the native library (runtime/native/src/error.rs). */
final class Errors {

    private Errors() {
    }

    static RuntimeException of(int status, String message) {
        return switch (status) {
            case 2 -> new IllegalArgumentException(message);
            case 3 -> new ServiceNotFoundException(message);
            case 4 -> new ServiceAlreadyExistsException(message);
            case 5 -> new IncompatibleTypesException(message);
            case 6 -> new IncompatibleServiceException(message);
            case 7 -> new LoanExhaustedException(message);
            case 8 -> new LimitReachedException(message);
            default -> new IoxException(message);
        };
    }
}

package io.ioxschema.runtime;

/** How a service builder obtains its service; the values are the native library's. */
enum OpenMode {
    OPEN,
    CREATE,
    OPEN_OR_CREATE;

    int code() {
        return ordinal();
    }
}

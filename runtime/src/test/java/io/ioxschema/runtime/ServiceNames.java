package io.ioxschema.runtime;

import java.util.UUID;

/** A service name no other test (or test run) uses. */
final class ServiceNames {

    private ServiceNames() {
    }

    static String unique(String what) {
        return "iox-schema-test/" + ProcessHandle.current().pid() + "/" + what + "/" + UUID.randomUUID();
    }
}

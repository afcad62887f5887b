package io.ioxschema.conformance.python;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Python the tests run: {@code $IOX_SCHEMA_PYTHON}, else the venv that
 * conformance/toolchains/python.sh sets up (with the pinned iceoryx2 wheel).
 */
public final class PythonToolchain {

    private PythonToolchain() {
    }

    public static String python() {
        String configured = System.getenv("IOX_SCHEMA_PYTHON");
        Path python = configured != null && !configured.isBlank() ? Path.of(configured) : defaultVenv();
        if (!Files.isExecutable(python)) {
            throw new AssertionError("no Python toolchain at " + python + ": run conformance/toolchains/python.sh"
                    + " (or set IOX_SCHEMA_PYTHON to a python with iceoryx2==0.10.0 installed)");
        }
        return python.toString();
    }

    private static Path defaultVenv() {
        String cache = System.getenv("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("iox-schema").resolve("venv").resolve("bin").resolve("python");
    }
}

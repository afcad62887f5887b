package io.ioxschema.bench.matrix;

import io.ioxschema.bench.pingpong.PingPong;
import io.ioxschema.bench.pingpong.Transports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where each language's ping-pong program is; benchmarks/run-matrix builds them and passes
 * the paths. A program that is not there makes its pairs "not available".
 *
 * @param rustBinary   the Rust program (iceoryx2 crate)
 * @param python       the venv's python with the iceoryx2 wheel
 * @param pythonScript benchmarks/python/pingpong.py
 * @param cBinary      the C program (Unix sockets)
 * @param javaOptions  more options for the Java sides' JVMs, e.g. Epsilon GC to show a loop allocates nothing
 */
public record Toolchains(Path rustBinary, Path python, Path pythonScript, Path cBinary, List<String> javaOptions) {

    /** JVM options every Java side gets: FFM without warnings, and Agrona's access to Unsafe. */
    static final List<String> JVM_OPTIONS = List.of("--enable-native-access=ALL-UNNAMED",
            "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED", "-Xms256m", "-Xmx256m");

    Side java(String transport) {
        if (!Transports.has(transport)) {
            return Side.missing("Java", "the Java " + transport + " transport is not available yet (it needs the runtime module)");
        }
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        List<String> prefix = new java.util.ArrayList<>(List.of(javaCommand));
        prefix.addAll(JVM_OPTIONS);
        prefix.addAll(javaOptions);
        prefix.addAll(List.of("-cp", System.getProperty("java.class.path"), PingPong.class.getName()));
        return Side.ready("Java", prefix);
    }

    Side rust() {
        return executable("Rust", rustBinary, List.of(rustBinary.toString()));
    }

    Side pythonSide() {
        if (!Files.isRegularFile(pythonScript)) {
            return Side.missing("Python", pythonScript + " is missing");
        }
        return executable("Python", python, List.of(python.toString(), pythonScript.toString()));
    }

    Side c() {
        return executable("C", cBinary, List.of(cBinary.toString()));
    }

    private static Side executable(String language, Path path, List<String> prefix) {
        return Files.isExecutable(path) ? Side.ready(language, prefix)
                : Side.missing(language, path + " is not built (benchmarks/run-matrix builds it)");
    }
}

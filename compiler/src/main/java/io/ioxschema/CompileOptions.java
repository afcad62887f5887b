package io.ioxschema;

import io.ioxschema.layout.TargetAbi;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a compilation depends on, as one immutable value: the command line and the
 * Maven plugin build the same value, so nothing leaks between runs.
 */
public record CompileOptions(TargetAbi target, List<Path> includeDirs) {

    public CompileOptions {
        includeDirs = List.copyOf(includeDirs);
    }

    public static CompileOptions defaults() {
        return new CompileOptions(TargetAbi.DEFAULT, List.of());
    }

    public CompileOptions withTarget(TargetAbi newTarget) {
        return new CompileOptions(newTarget, includeDirs);
    }

    public CompileOptions withIncludeDirs(List<Path> dirs) {
        return new CompileOptions(target, dirs);
    }
}

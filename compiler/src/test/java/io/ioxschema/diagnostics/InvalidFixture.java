package io.ioxschema.diagnostics;

import io.ioxschema.CompileOptions;
import io.ioxschema.diag.Severity;
import io.ioxschema.layout.TargetAbi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bad schema and the diagnostics it must get, read from comments in its files:
 * <pre>
 * // expect-error: 7: unknown type 'Foo'       (line 7 of this file; a piece of the message)
 * // expect-warning: 12: portability
 * // compile-target: i686-linux                 (the target to compile for; default x86_64-linux)
 * </pre>
 * A folder is one case made of several files; it is compiled from its {@code main.iox}.
 */
record InvalidFixture(String name, Path root, CompileOptions options, List<ExpectedDiagnostic> expected) {

    private static final Pattern EXPECT = Pattern.compile("//\\s*expect-(error|warning):\\s*(\\d+):\\s*(.+?)\\s*$");
    private static final Pattern TARGET = Pattern.compile("//\\s*compile-target:\\s*(\\S+)\\s*$");

    static InvalidFixture read(Path fixtureCase) {
        List<ExpectedDiagnostic> expected = new ArrayList<>();
        CompileOptions options = CompileOptions.defaults();
        for (Path file : FixtureFiles.schemaFiles(fixtureCase)) {
            for (String line : lines(file)) {
                Matcher expect = EXPECT.matcher(line);
                if (expect.find()) {
                    Severity severity = expect.group(1).equals("error") ? Severity.ERROR : Severity.WARNING;
                    expected.add(new ExpectedDiagnostic(severity, file, Integer.parseInt(expect.group(2)),
                            expect.group(3)));
                }
                Matcher target = TARGET.matcher(line);
                if (target.find()) {
                    options = options.withTarget(TargetAbi.byName(target.group(1)).orElseThrow(
                            () -> new IllegalArgumentException(file + ": unknown target " + target.group(1))));
                }
            }
        }
        return new InvalidFixture(fixtureCase.getFileName().toString(), FixtureFiles.root(fixtureCase), options,
                List.copyOf(expected));
    }

    private static List<String> lines(Path file) {
        try {
            // Lenient: a fixture may hold bytes that are not UTF-8 on purpose.
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}

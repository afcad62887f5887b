package io.ioxschema.conformance.cpp;

import io.ioxschema.conformance.support.Bindings;
import io.ioxschema.conformance.support.Fixtures;
import io.ioxschema.conformance.support.Processes;
import io.ioxschema.gen.GeneratedFile;
import io.ioxschema.layout.TargetAbi;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every valid fixture's headers compile with g++ -std=c++17 -Wall -Wextra -Werror -pedantic,
 * so every layout static_assert holds: one translation unit per header that includes it twice
 * (self-contained, with include guards), and one that includes every fixture's headers together
 * (the shared support code and namespaces coexist), also in g++'s default GNU dialect. On
 * i686 too, where u64 aligns to 4.
 */
class CppHeaderCompileTest {

    @TempDir
    static Path work;

    static Stream<Arguments> targets() {
        return Stream.of(Arguments.of(TargetAbi.X86_64_LINUX, "-m64"), Arguments.of(TargetAbi.I686_LINUX, "-m32"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void everyFixtureCompilesWithStrictWarnings(TargetAbi target, String machine) {
        GeneratedFixtures generated = GeneratedFixtures.write(work.resolve(target.name()), target);
        CppToolchain.requireMachine(generated.root(), machine);
        List<GeneratedFile> units = new ArrayList<>();
        for (GeneratedFixtures.Fixture fixture : generated.fixtures()) {
            for (String header : fixture.headers()) {
                String include = "#include \"" + header + "\"\n";
                units.add(new GeneratedFile(fixture.name() + "/" + header.replace(".hpp", "_alone.cpp"),
                        include + include));
            }
        }
        units.add(new GeneratedFile("all_fixtures.cpp", generated.fixtures().stream()
                .map(f -> "#include \"" + f.name() + "/" + f.rootHeader() + "\"\n")
                .collect(Collectors.joining())));
        Bindings.writeFiles(generated.root(), units);

        List<String> strict = new ArrayList<>(CppToolchain.command(machine, "-fsyntax-only"));
        units.forEach(u -> strict.add(u.path()));
        Processes.run(generated.root(), strict);
        // g++'s default dialect adds the keyword typeof and the macros linux and unix.
        Processes.run(generated.root(), CppToolchain.command(machine, "-fsyntax-only", "-std=gnu++17",
                "all_fixtures.cpp"));
    }

    /** A C++-only schema of names that need qualification or escaping (see its comments). */
    @Test
    void namesThatClashInCppStillCompile() {
        Path dir = work.resolve("names");
        List<GeneratedFile> headers = Bindings.write(
                Fixtures.layout(Path.of("src/test/resources/cpp/names.iox").toAbsolutePath(), TargetAbi.X86_64_LINUX),
                "cpp", dir);
        String includes = headers.stream().map(h -> "#include \"" + h.path() + "\"\n").collect(Collectors.joining());
        Bindings.writeFiles(dir, List.of(new GeneratedFile("names.cpp", includes)));
        Processes.run(dir, CppToolchain.command("-fsyntax-only", "names.cpp"));
        Processes.run(dir, CppToolchain.command("-fsyntax-only", "-std=gnu++17", "names.cpp"));
    }
}

package io.ioxschema.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ioxschema.Compilation;
import io.ioxschema.CompileOptions;
import io.ioxschema.SchemaCompiler;
import io.ioxschema.layout.TargetAbi;
import io.ioxschema.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feeds the compiler thousands of broken variants of valid schemas, and hand-made nasty
 * inputs. Whatever comes in, a normal compilation must come out (see {@link CompilationCheck}).
 * Random cases are seeded: a failure names the seed that replays it.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class MalformedInputTest {

    private static final long SEED = 0x10C5_C4E3AL;
    private static final int MUTANTS = 4000;
    private static final int TRUNCATIONS_PER_SEED = 120;
    private static final int FAILURES_SHOWN = 5;

    @TempDir
    static Path workDir;
    private static List<SourceFile> seeds;

    @BeforeAll
    static void loadSeeds() {
        seeds = SeedSchemas.all(workDir);
    }

    @Test
    void seedsAreValid() {
        for (SourceFile seed : seeds) {
            Compilation compilation = SchemaCompiler.compile(seed, CompileOptions.defaults());
            assertTrue(compilation.layout().isPresent(), () -> seed.displayName() + ": " + compilation.diagnostics());
        }
    }

    @Test
    void everyTruncationCompilesCleanly() {
        List<String> failures = new ArrayList<>();
        for (SourceFile seed : seeds) {
            String text = seed.text();
            int step = Math.max(1, text.length() / TRUNCATIONS_PER_SEED);
            for (int end = 0; end < text.length(); end += step) {
                SourceFile cut = withText(seed, text.substring(0, end));
                int at = end;
                CompilationCheck.problem(cut, CompileOptions.defaults())
                        .ifPresent(p -> failures.add(seed.displayName() + " cut at " + at + ": " + p));
            }
        }
        assertNoFailures(failures);
    }

    @Test
    void randomMutantsCompileCleanly() {
        Random cases = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < MUTANTS; i++) {
            SourceFile seed = seeds.get(cases.nextInt(seeds.size()));
            long caseSeed = cases.nextLong();
            TargetAbi target = TargetAbi.ALL.get(cases.nextInt(TargetAbi.ALL.size()));
            String mutant = new Mutator(new Random(caseSeed)).mutate(seed.text());
            CompilationCheck.problem(withText(seed, mutant), CompileOptions.defaults().withTarget(target))
                    .ifPresent(p -> failures.add(seed.displayName() + " mutated with seed " + caseSeed + "L for "
                            + target + ":\n" + abbreviate(mutant) + "\n" + p));
        }
        assertNoFailures(failures);
    }

    static Stream<Arguments> nastyInputs() {
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("whitespace", " \t\r\n\f"),
                Arguments.of("comment only", "// nothing"),
                Arguments.of("unterminated block comment", "struct S { a: u8; } /* no end"),
                Arguments.of("NUL bytes", "struct S {\u0000 a: u8; }\u0000"),
                Arguments.of("byte order mark", "\uFEFFstruct S { a: u8; }"),
                Arguments.of("lone surrogate", "struct S\uD800 { a: u8; }"),
                Arguments.of("emoji before an error", "struct \uD83D\uDE00\uD83D\uDE00 S { a: Foo; }"),
                Arguments.of("CR line ends", "package p;\rstruct S {\r  a: Foo;\r}\r"),
                Arguments.of("CRLF line ends", "package p;\r\nstruct S {\r\n  a: Foo;\r\n}\r\n"),
                Arguments.of("5000 parentheses", "const A = " + "(".repeat(5000) + "1" + ")".repeat(5000) + ";"),
                Arguments.of("5000 open parentheses", "const A = " + "(".repeat(5000)),
                Arguments.of("5000 brackets", "struct S { a: " + "[".repeat(5000) + "u8" + "; 1]".repeat(5000)
                        + "; }"),
                Arguments.of("5000 open brackets", "struct S { a: " + "[".repeat(5000)),
                Arguments.of("5000 vecs", "struct S { a: " + "vec<".repeat(5000) + "u8" + ", 1>".repeat(5000)
                        + "; }"),
                Arguments.of("5000 braces", "{".repeat(5000)),
                Arguments.of("100000 unary minus", "const A = " + "-".repeat(100_000) + "1;"),
                Arguments.of("50000 additions", "const A = 1" + " + 1".repeat(50_000) + ";"),
                Arguments.of("long identifier", "struct " + "S".repeat(200_000) + " { a: u8; }"),
                Arguments.of("long unknown type", "struct S { a: " + "T".repeat(200_000) + "; }"),
                Arguments.of("100000-digit number (parsed in quadratic time)",
                        "const A = " + "7".repeat(100_000) + ";"),
                Arguments.of("huge shift", "const A = 1 << 100000000;"),
                Arguments.of("huge array", "struct S { a: [[[u64; 1 << 30]; 1 << 30]; 1 << 30]; }"),
                Arguments.of("huge type name", "@type_name(\"" + "x".repeat(100_000) + "\") struct S { a: u8; }"),
                Arguments.of("@align on a field too large to lay out (threw ArithmeticException)",
                        "struct S { @align(8) x: [[u64; 2147483647]; 2147483647]; }"),
                Arguments.of("@align on a struct too large to lay out (threw ArithmeticException)",
                        "@align(8) struct S { x: vec<vec<u64, 2147483647>, 2147483647>; }"),
                Arguments.of("40 nested vecs (laid out in exponential time)",
                        "struct S { a: " + "vec<".repeat(40) + "u8" + ", 2>".repeat(40) + "; }"),
                Arguments.of("doubling structs (checked in exponential time)", doublingStructs(64)),
                Arguments.of("constants declared deepest first", constantChain(3000)),
                Arguments.of("structs declared deepest first", structChain(3000)),
                Arguments.of("10000 duplicate structs", "struct S { a: u8; }\n".repeat(10_000)),
                Arguments.of("imports of odd paths", "import \"\"; import \".\"; import \"/\"; import \"\u0000\";"
                        + " import \"..\"; import \"" + "x/".repeat(2000) + "\"; struct S { a: u8; }"),
                Arguments.of("random bytes", randomChars(new Random(SEED), 20_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nastyInputs")
    void nastyInputCompilesCleanly(String name, String text) {
        Optional<String> problem = CompilationCheck.problem(
                new SourceFile(workDir.resolve("nasty.iox"), "nasty.iox", text), CompileOptions.defaults());
        assertTrue(problem.isEmpty(), () -> name + ": " + problem.orElseThrow());
    }

    /** A few hundred levels is deep for a schema, and must compile rather than hit the stack limit. */
    @Test
    void deepButReasonableNestingCompiles() {
        List<String> schemas = List.of(structChain(300), constantChain(300),
                "struct S { a: " + "[".repeat(300) + "u8" + "; 1]".repeat(300) + "; }",
                "const A = " + "(".repeat(300) + "1" + ")".repeat(300) + ";");
        for (String text : schemas) {
            Compilation compilation = SchemaCompiler.compile(SourceFile.of("deep.iox", text),
                    CompileOptions.defaults());
            assertEquals(List.of(), compilation.diagnostics(), () -> abbreviate(text));
        }
    }

    /** The parser's caches are shared; a stack overflow in the middle of parsing must not spoil them. */
    @Test
    void compilesNormallyAfterAStackOverflow() {
        SourceFile seed = seeds.getFirst();
        List<?> before = SchemaCompiler.compile(seed, CompileOptions.defaults()).diagnostics();
        for (String text : List.of("const A = " + "(".repeat(20_000), "struct S { a: " + "[".repeat(20_000),
                "struct S { a: " + "vec<".repeat(20_000))) {
            Compilation overflowed = SchemaCompiler.compile(SourceFile.of("deep.iox", text), CompileOptions.defaults());
            assertEquals(List.of("deep.iox: the schema nests too deeply to compile"),
                    overflowed.diagnostics().stream().map(d -> d.message()).toList());
        }
        Compilation after = SchemaCompiler.compile(seed, CompileOptions.defaults());
        assertTrue(after.layout().isPresent());
        assertEquals(before, after.diagnostics());
    }

    @Test
    void rootWithoutAFileNameIsReportedNotThrown() {
        Optional<String> problem = CompilationCheck.problem(new SourceFile(Path.of("/"), "/", "struct S { a: u8; }"),
                CompileOptions.defaults());
        assertTrue(problem.isEmpty(), () -> problem.orElseThrow());
    }

    private static String doublingStructs(int levels) {
        StringBuilder out = new StringBuilder("struct S0 { a: u8; }\n");
        for (int i = 1; i <= levels; i++) {
            out.append("struct S").append(i).append(" { a: S").append(i - 1).append("; b: S").append(i - 1)
                    .append("; }\n");
        }
        return out.toString();
    }

    private static String constantChain(int length) {
        return IntStream.range(0, length).map(i -> length - 1 - i)
                .mapToObj(i -> i == 0 ? "const C0 = 1;" : "const C" + i + " = C" + (i - 1) + " + 1;")
                .collect(Collectors.joining("\n"));
    }

    private static String structChain(int length) {
        return IntStream.range(0, length).map(i -> length - 1 - i)
                .mapToObj(i -> i == 0 ? "struct T0 { a: u8; }" : "struct T" + i + " { a: T" + (i - 1) + "; }")
                .collect(Collectors.joining("\n"));
    }

    private static String randomChars(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append((char) random.nextInt(0x10000));
        }
        return out.toString();
    }

    private static SourceFile withText(SourceFile seed, String text) {
        return new SourceFile(seed.path(), seed.displayName(), text);
    }

    private static String abbreviate(String text) {
        return text.length() > 600 ? text.substring(0, 300) + "\n[...]\n" + text.substring(text.length() - 300)
                : text;
    }

    private static void assertNoFailures(List<String> failures) {
        assertTrue(failures.isEmpty(), () -> failures.size() + " failing cases; the first ones:\n\n"
                + failures.stream().limit(FAILURES_SHOWN).collect(Collectors.joining("\n\n")));
    }
}

package io.ioxschema.conformance.java;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The Java toolchain of the conformance tests: the JDK that runs them (conformance/toolchains/java.sh
 * checks that it is a JDK 22 or newer with javac). Generated code is compiled for release 22
 * with every lint as an error, in process; programs run with that JDK's {@code java}.
 */
final class JavaToolchain {

    private static final String SCRIPT = "conformance/toolchains/java.sh";

    /** What generated Java must compile with: the FFM floor, every lint, warnings as errors. */
    static final List<String> OPTIONS = List.of("--release", "22", "-Xlint:all", "-Werror");

    private JavaToolchain() {
    }

    static Path java() {
        return tool("java");
    }

    static Path javac() {
        return tool("javac");
    }

    private static Path tool(String name) {
        Path tool = Path.of(System.getProperty("java.home"), "bin", name);
        if (!Files.isExecutable(tool)) {
            throw new AssertionError("no " + name + " in " + System.getProperty("java.home") + ": the tests need a"
                    + " JDK 22 or newer, not a JRE; run " + SCRIPT + " to check the JDK");
        }
        return tool;
    }

    /** Compiles every {@code .java} file under {@code sourceDir} into {@code classDir}, in one javac run. */
    static void compile(Path sourceDir, Path classDir) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new AssertionError("the JDK running the tests has no Java compiler; run " + SCRIPT);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null);
             Stream<Path> walk = Files.walk(sourceDir)) {
            List<Path> sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            Files.createDirectories(classDir);
            List<String> options = new ArrayList<>(OPTIONS);
            options.addAll(List.of("-d", classDir.toString()));
            boolean ok = compiler.getTask(Writer.nullWriter(), files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            if (!ok || !diagnostics.getDiagnostics().isEmpty()) {
                throw new AssertionError("javac " + String.join(" ", OPTIONS) + " failed on the generated Java in "
                        + sourceDir + ":\n" + diagnostics.getDiagnostics().stream().map(JavaToolchain::describe)
                        .collect(Collectors.joining("\n")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Diagnostic<? extends JavaFileObject> d) {
        String where = d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ";
        return where + d.getKind().toString().toLowerCase(Locale.ROOT) + ": " + d.getMessage(Locale.ROOT);
    }

    /** A class loader over compiled classes, child of the tests' own. */
    static URLClassLoader loader(Path classDir) {
        try {
            return new URLClassLoader(new URL[] {classDir.toUri().toURL()}, JavaToolchain.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Binary names of every top-level class compiled into {@code classDir}. */
    static List<String> topLevelClasses(Path classDir) {
        try (Stream<Path> walk = Files.walk(classDir)) {
            return walk.map(p -> classDir.relativize(p).toString()).filter(p -> p.endsWith(".class") && !p.contains("$"))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

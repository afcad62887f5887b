package io.ioxschema.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/find-jdk.sh, which ./iox-schema and .ci/run source, run in bash against fake JDKs
 * (a release file and stub bin/java, bin/javac) so the result does not depend on the JDKs of
 * the machine. IOX_SCHEMA_JDK_DIRS points the directory scan at the fakes (or nowhere), and
 * PATH holds only what the test puts there.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherJdkFinderTest {

    private static final Path ROOT = Cli.repoRoot();

    @TempDir
    Path tmp;
    Path jvms;
    Path bin;

    record Found(int exitCode, String home, String feature, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + ", home '" + home + "', feature '" + feature + "'\n--- stderr\n" + err;
        }
    }

    @BeforeEach
    void emptyPath() throws IOException {
        jvms = Files.createDirectories(tmp.resolve("jvms"));
        bin = Files.createDirectories(tmp.resolve("bin"));
        // The finder needs readlink to follow `java` on PATH; nothing else from the machine.
        Path readlink = Stream.of("/usr/bin/readlink", "/bin/readlink").map(Path::of).filter(Files::isExecutable)
                .findFirst().orElseThrow();
        Files.createSymbolicLink(bin.resolve("readlink"), readlink);
    }

    /** A fake JDK: bin/java and (unless a JRE) bin/javac stubs, and a release file unless version is in -version. */
    private Path fakeJdk(String name, String version, boolean withJavac, boolean withReleaseFile) throws IOException {
        Path home = Files.createDirectories(jvms.resolve(name));
        Path homeBin = Files.createDirectories(home.resolve("bin"));
        executable(homeBin.resolve("java"), "#!/bin/sh\necho 'openjdk version \"" + version + "\" 2024-01-16' >&2\n");
        if (withJavac) {
            executable(homeBin.resolve("javac"), "#!/bin/sh\necho javac " + version + "\n");
        }
        if (withReleaseFile) {
            Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Fake\"\nJAVA_VERSION=\"" + version + "\"\n");
        }
        return home;
    }

    private Path fakeJdk(String name, String version) throws IOException {
        return fakeJdk(name, version, true, true);
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static String bash() {
        return Stream.of("/bin/bash", "/usr/bin/bash").filter(p -> Files.isExecutable(Path.of(p))).findFirst()
                .orElseThrow();
    }

    private Found find(Map<String, String> env) throws Exception {
        String script = "source \"$1\"; iox_find_jdk; rc=$?; "
                + "echo \"$IOX_JAVA_HOME\"; echo \"$IOX_JAVA_FEATURE\"; exit $rc";
        ProcessResult result = run(List.of(bash(), "-c", script, "find-jdk-test",
                ROOT.resolve("scripts/find-jdk.sh").toString()), env);
        String[] lines = (result.out() + "\n\n").split("\n", -1);
        return new Found(result.exitCode(), lines[0], lines[1], result.err());
    }

    record ProcessResult(int exitCode, String out, String err) {
    }

    private ProcessResult run(List<String> command, Map<String, String> env) throws Exception {
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().clear();
        Map<String, String> all = new HashMap<>(Map.of("PATH", bin.toString(), "IOX_SCHEMA_JDK_DIRS", ""));
        all.putAll(env);
        builder.environment().putAll(all);
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "timed out: " + command);
        return new ProcessResult(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void rejectsAJdkOlderThan22WithAClearMessage() throws Exception {
        Path jdk17 = fakeJdk("jdk-17", "17.0.15");
        Files.createSymbolicLink(bin.resolve("java"), jdk17.resolve("bin/java"));
        Found found = find(Map.of("JAVA_HOME", jdk17.toString()));
        assertEquals(1, found.exitCode(), found::toString);
        assertEquals("", found.home(), found::toString);
        assertTrue(found.err().contains("no JDK 22 or newer found"), found::toString);
        assertTrue(found.err().contains("JAVA_HOME=" + jdk17 + " (JDK 17)"), found::toString);
        assertTrue(found.err().contains("java on PATH: " + jdk17.toRealPath() + " (JDK 17)"), found::toString);
        assertTrue(found.err().contains("IOX_SCHEMA_JAVA_HOME"), found::toString);
    }

    @Test
    void anExplicitChoiceOlderThan22IsAnErrorEvenWhenANewerJdkExists() throws Exception {
        Path jdk17 = fakeJdk("jdk-17", "17.0.15");
        fakeJdk("jdk-25", "25.0.1");
        Found found = find(Map.of("IOX_SCHEMA_JAVA_HOME", jdk17.toString(), "IOX_SCHEMA_JDK_DIRS", jvms.toString()));
        assertEquals(1, found.exitCode(), found::toString);
        assertTrue(found.err().contains("is JDK 17; iox-schema needs JDK 22 or newer"), found::toString);
    }

    @Test
    void theScanTakesTheNewestJdkOf22OrLater() throws Exception {
        fakeJdk("jdk-17", "17.0.15");
        fakeJdk("jdk-23", "23.0.2");
        Path jdk25 = fakeJdk("jdk-25", "25.0.1");
        fakeJdk("jdk-21", "21.0.7");
        fakeJdk("jre-26", "26", false, true);           // no javac: cannot build, so not a candidate
        Found found = find(Map.of("JAVA_HOME", jvms.resolve("jdk-17").toString(),
                "IOX_SCHEMA_JDK_DIRS", tmp.resolve("nowhere") + ":" + jvms));
        assertEquals(0, found.exitCode(), found::toString);
        assertEquals(jdk25.toString(), found.home(), found::toString);
        assertEquals("25", found.feature(), found::toString);
    }

    @Test
    void javaHomeOf22OrLaterComesBeforeTheScan() throws Exception {
        Path jdk23 = fakeJdk("jdk-23", "23.0.2");
        fakeJdk("jdk-25", "25.0.1");
        Found found = find(Map.of("JAVA_HOME", jdk23.toString(), "IOX_SCHEMA_JDK_DIRS", jvms.toString()));
        assertEquals(jdk23.toString(), found.home(), found::toString);
    }

    @Test
    void javaOnPathIsFollowedToItsJdk() throws Exception {
        Path jdk24 = fakeJdk("jdk-24", "24");
        Files.createSymbolicLink(bin.resolve("java"), jdk24.resolve("bin/java"));
        Found found = find(Map.of());
        assertEquals(0, found.exitCode(), found::toString);
        assertEquals(jdk24.toRealPath().toString(), found.home(), found::toString);
        assertEquals("24", found.feature(), found::toString);
    }

    @Test
    void withoutAReleaseFileTheVersionComesFromJavaItself() throws Exception {
        Path old = fakeJdk("old", "21.0.1", true, false);
        Path recent = fakeJdk("recent", "23.0.1", true, false);
        assertEquals(1, find(Map.of("IOX_SCHEMA_JAVA_HOME", old.toString())).exitCode());
        Found found = find(Map.of("IOX_SCHEMA_JAVA_HOME", recent.toString()));
        assertEquals("23", found.feature(), found::toString);
    }

    @Test
    void acceptsTheJdkRunningThisTest() throws Exception {
        Path home = Path.of(System.getProperty("java.home"));
        Found found = find(Map.of("IOX_SCHEMA_JAVA_HOME", home.toString()));
        assertEquals(0, found.exitCode(), found::toString);
        assertEquals(String.valueOf(Runtime.version().feature()), found.feature(), found::toString);
    }

    @Test
    void theLauncherStopsWithExit69AndHowToGetAJdk() throws Exception {
        Path jdk17 = fakeJdk("jdk-17", "17.0.15");
        ProcessResult result = run(List.of(bash(), ROOT.resolve("iox-schema").toString(), "--version"),
                Map.of("JAVA_HOME", jdk17.toString()));
        assertEquals(69, result.exitCode(), result::toString);
        assertEquals("", result.out());
        assertTrue(result.err().contains("no JDK 22 or newer found"), result::toString);
        assertTrue(result.err().contains("Install one"), result::toString);
    }
}

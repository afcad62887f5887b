package io.ioxschema.runtime;

import java.io.IOException;
import java.io.InputStream;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Finds and loads the runtime's native library: from the jar's resources
 * ({@code /<os>-<arch>/libiox_schema_runtime.so}), extracted once per library version to
 * {@code ${XDG_CACHE_HOME:-~/.cache}/iox-schema/native/<hash>/}, or from the file the system
 * property {@code iox.runtime.library} names. A failure is kept and reported on every use, as
 * an {@link IoxException} that says what is missing.
 */
final class NativeLibrary {

    static final String FILE_NAME = "libiox_schema_runtime.so";
    /** The ABI version this Java code speaks; the library must report the same. */
    static final int ABI_VERSION = 4;

    private static final Object LOCK = new Object();
    private static SymbolLookup lookup;
    private static IoxException failure;

    private NativeLibrary() {
    }

    /** The loaded library's symbols; loads it on first use. */
    static SymbolLookup lookup() {
        synchronized (LOCK) {
            if (lookup == null && failure == null) {
                try {
                    SymbolLookup library = SymbolLookup.libraryLookup(locate(), Arena.global());
                    initialise(library);
                    lookup = library;
                } catch (IoxException e) {
                    failure = e;
                } catch (RuntimeException | IOException e) {
                    failure = new IoxException("cannot load the iox-schema runtime's native library: " + e.getMessage(), e);
                }
            }
            if (failure != null) {
                throw new IoxException(failure.getMessage(), failure);
            }
            return lookup;
        }
    }

    /** Checks the library's ABI version and routes iceoryx2's log (see {@link #consoleLogLevel}). */
    private static void initialise(SymbolLookup library) {
        Linker linker = Linker.nativeLinker();
        MethodHandle abiVersion = linker.downcallHandle(symbol(library, "iox_abi_version"), FunctionDescriptor.of(JAVA_INT));
        MethodHandle init = linker.downcallHandle(symbol(library, "iox_init"), FunctionDescriptor.of(JAVA_INT, JAVA_INT));
        int version;
        int status;
        try {
            version = (int) abiVersion.invokeExact();
            status = version == ABI_VERSION ? (int) init.invokeExact(consoleLogLevel()) : 0;
        } catch (Throwable t) {
            throw new IoxException("cannot call the native library: " + t, t);
        }
        if (version != ABI_VERSION) {
            throw new IoxException("the native library speaks ABI version " + version + ", this runtime version "
                    + ABI_VERSION + ": the jar and the library do not belong together");
        }
        if (status != 0) {
            throw new IoxException("the native library failed to initialise (status " + status + ")");
        }
    }

    private static MemorySegment symbol(SymbolLookup library, String name) {
        return library.find(name).orElseThrow(() -> new IoxException("the native library has no function " + name
                + ": it is not the iox-schema runtime's, or of another version"));
    }

    /**
     * iceoryx2's log lines at this level or above go to stderr: {@code -Diox.log.level}, else
     * the {@code IOX2_LOG_LEVEL} environment variable (iceoryx2's own), else error. (At warn,
     * every process would start with iceoryx2's note that it found no config file.) Failures
     * need no log: their exceptions carry iceoryx2's explanation.
     */
    private static int consoleLogLevel() {
        String level = System.getProperty("iox.log.level", System.getenv("IOX2_LOG_LEVEL"));
        if (level == null) {
            return 4;
        }
        return switch (level.trim().toLowerCase(Locale.ROOT)) {
            case "trace" -> 0;
            case "debug" -> 1;
            case "info" -> 2;
            case "warn" -> 3;
            case "fatal" -> 5;
            default -> 4;
        };
    }

    /** {@code linux-x86_64} or {@code linux-aarch64}: the folder of the library in the jar. */
    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = switch (System.getProperty("os.arch", "").toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> System.getProperty("os.arch");
        };
        return (os.startsWith("linux") ? "linux" : os.replace(' ', '_')) + "-" + arch;
    }

    private static Path locate() throws IOException {
        String override = System.getProperty("iox.runtime.library");
        if (override != null && !override.isBlank()) {
            Path path = Path.of(override);
            if (!Files.isRegularFile(path)) {
                throw new IoxException("iox.runtime.library names " + path + ", which is not a file");
            }
            return path;
        }
        String resource = "/" + platform() + "/" + FILE_NAME;
        byte[] library;
        try (InputStream in = NativeLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IoxException("the iox-schema runtime has no native library for " + platform()
                        + " (looked for " + resource + " in its jar); it supports Linux on x86_64 and aarch64, each"
                        + " in a jar built on that platform, or set -Diox.runtime.library=/path/to/" + FILE_NAME);
            }
            library = in.readAllBytes();
        }
        Path directory = cacheDirectory().resolve(sha256(library).substring(0, 20));
        Path target = directory.resolve(FILE_NAME);
        if (Files.isRegularFile(target) && Files.size(target) == library.length) {
            return target;
        }
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, FILE_NAME, ".part");
        try {
            Files.write(temporary, library);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return target;
    }

    private static Path cacheDirectory() {
        String cache = System.getenv("XDG_CACHE_HOME");
        Path base = cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("iox-schema").resolve("native");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

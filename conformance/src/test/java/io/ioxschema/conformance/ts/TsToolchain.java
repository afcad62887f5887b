package io.ioxschema.conformance.ts;

import io.ioxschema.conformance.support.Processes;
import io.ioxschema.gen.GeneratedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The TypeScript toolchain that conformance/toolchains/ts.sh installs: tsc and @types/node
 * at the versions pinned there, run with the node on PATH. Found through the same variable
 * and default as the script; a missing toolchain fails the test and names the script.
 */
public final class TsToolchain {

    private static final String SCRIPT = "conformance/toolchains/ts.sh";

    private TsToolchain() {
    }

    /** Where ts.sh installs: $IOX_SCHEMA_TS_TOOLCHAIN, else ${XDG_CACHE_HOME:-$HOME/.cache}/iox-schema/node. */
    static Path home() {
        String explicit = System.getenv("IOX_SCHEMA_TS_TOOLCHAIN");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String cache = System.getenv("XDG_CACHE_HOME");
        Path cacheDir = cache != null && !cache.isBlank() ? Path.of(cache)
                : Path.of(System.getProperty("user.home"), ".cache");
        return cacheDir.resolve("iox-schema").resolve("node");
    }

    static Path tsc() {
        return required(home().resolve("node_modules").resolve(".bin").resolve("tsc"));
    }

    static Path typeRoots() {
        return required(home().resolve("node_modules").resolve("@types").resolve("node")).getParent();
    }

    private static Path required(Path path) {
        if (!Files.exists(path)) {
            throw new AssertionError("the TypeScript toolchain is missing: " + path + " does not exist. Run "
                    + SCRIPT + " first (it installs the pinned typescript and @types/node from npm; set"
                    + " IOX_SCHEMA_TS_TOOLCHAIN to install and find it elsewhere).");
        }
        return path;
    }

    /**
     * The files that make a folder a strict TypeScript project of ES modules compiled to {@code out/}:
     * every checking option that generated code can be held to, and the Node module system.
     */
    static List<GeneratedFile> project(List<String> include) {
        String tsconfig = """
                {
                  "compilerOptions": {
                    "strict": true,
                    "skipLibCheck": true,
                    "target": "es2022",
                    "module": "nodenext",
                    "moduleResolution": "nodenext",
                    "rootDir": ".",
                    "outDir": "out",
                    "noUnusedLocals": true,
                    "noUnusedParameters": true,
                    "noImplicitReturns": true,
                    "noImplicitOverride": true,
                    "noFallthroughCasesInSwitch": true,
                    "noUncheckedIndexedAccess": true,
                    "noPropertyAccessFromIndexSignature": true,
                    "exactOptionalPropertyTypes": true,
                    "erasableSyntaxOnly": true,
                    "verbatimModuleSyntax": true,
                    "isolatedModules": true,
                    "forceConsistentCasingInFileNames": true,
                    "typeRoots": [%s],
                    "types": ["node"]
                  },
                  "include": [%s]
                }
                """.formatted(quote(typeRoots().toString()),
                String.join(", ", include.stream().map(TsToolchain::quote).toList()));
        return List.of(new GeneratedFile("tsconfig.json", tsconfig),
                new GeneratedFile("package.json", "{ \"private\": true, \"type\": \"module\" }\n"));
    }

    /** Compiles the project in {@code dir}; fails the test with tsc's messages. */
    static void compile(Path dir) {
        Processes.run(dir, List.of(tsc().toString(), "-p", "tsconfig.json"));
    }

    static String node(Path dir, String script) {
        return Processes.run(dir, List.of("node", script));
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

package io.ioxschema.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ioxschema.CompileOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenerateOptionsTest {

    private static final Path OUT = Path.of("out");

    @Test
    void oneLanguageWritesIntoTheFolderItself() {
        GenerateOptions options = GenerateOptions.intoOneFolder(CompileOptions.defaults(), List.of("c", "c"), OUT);
        assertEquals(Map.of("c", OUT), options.outputs());
    }

    @Test
    void severalLanguagesWriteIntoAFolderEachInTheOrderAsked() {
        GenerateOptions options = GenerateOptions.intoOneFolder(CompileOptions.defaults(), List.of("rust", "c"), OUT);
        assertEquals(List.of("rust", "c"), options.languages());
        assertEquals(OUT.resolve("rust"), options.outputs().get("rust"));
        assertEquals(OUT.resolve("c"), options.outputs().get("c"));
    }

    @Test
    void anUnknownLanguageIsRejectedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GenerateOptions(CompileOptions.defaults(), Map.of("cobol", OUT)));
        assertTrue(e.getMessage().startsWith("unknown language 'cobol'; known: c, cpp, "), e.getMessage());
    }

    @Test
    void equalOptionsAreEqualValues() {
        assertEquals(GenerateOptions.intoOneFolder(CompileOptions.defaults(), List.of("c", "ts"), OUT),
                new GenerateOptions(CompileOptions.defaults(), Map.of("c", OUT.resolve("c"), "ts", OUT.resolve("ts"))));
    }
}

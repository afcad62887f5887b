package io.ioxschema.bench.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The harness end to end on small pairs, a few thousand round trips per run: Unix sockets
 * Java ↔ Java (about 10 s: two pinned processes per run, every way of waiting and mode at 8 and
 * 64 bytes, and the three result files well-formed), and Java ↔ Java over iceoryx2 through the
 * runtime (u8 slices, busy and event). Not a benchmark: the numbers are not checked, only that
 * there are numbers.
 */
class MatrixSmokeTest {

    @Test
    void runsAPairAndWritesTheReportTheChartAndTheTable(@TempDir Path out) throws Exception {
        int status = Matrix.run(new String[] {"--out", out.toString(), "--pairs", "uds-java", "--sizes", "8,64",
            "--scale", "0.1", "--limit-seconds", "60", "--iceoryx2", "0.10.0"});
        assertEquals(0, status, () -> read(out.resolve("latest.md")));

        List<String> tsv = Files.readAllLines(out.resolve("latest.tsv"));
        // 2 waits x 2 modes x 2 sizes of latency, 2 sizes of throughput, and the header.
        assertEquals(11, tsv.size(), String.join("\n", tsv));
        for (String line : tsv.subList(1, tsv.size())) {
            String[] columns = line.split("\t", -1);
            assertEquals("uds-java", columns[0], line);
            assertTrue(columns[12].isEmpty(), "a run failed: " + line);
            String value = columns[1].equals("latency") ? columns[7] : columns[11];
            assertTrue(Double.parseDouble(value) > 0, line);
        }

        String markdown = read(out.resolve("latest.md"));
        assertTrue(markdown.contains("| Unix socket Java ↔ Java |"), markdown);
        assertTrue(markdown.contains("| iceoryx2 | 0.10.0"), markdown);
        assertFalse(markdown.contains("Not available"), markdown);

        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("latency.svg").toFile());
        assertEquals("svg", svg.getDocumentElement().getTagName());
        // One line per panel (busy/event x touch/full) for the one pair.
        assertEquals(4, svg.getElementsByTagName("polyline").getLength());
    }

    @Test
    void runsTheJavaPairOverIceoryx2ThroughTheRuntime(@TempDir Path out) throws Exception {
        int status = Matrix.run(new String[] {"--out", out.toString(), "--pairs", "java-java", "--sizes", "8",
            "--scale", "0.1", "--limit-seconds", "60", "--iceoryx2", "0.10.0"});
        assertEquals(0, status, () -> read(out.resolve("latest.md")));

        List<String> tsv = Files.readAllLines(out.resolve("latest.tsv"));
        // 2 waits x 2 modes of latency at 8 B, throughput at 8 B, and the header.
        assertEquals(6, tsv.size(), String.join("\n", tsv));
        for (String line : tsv.subList(1, tsv.size())) {
            String[] columns = line.split("\t", -1);
            assertEquals("java-java", columns[0], line);
            assertTrue(columns[12].isEmpty(), "a run failed: " + line);
            String value = columns[1].equals("latency") ? columns[7] : columns[11];
            assertTrue(Double.parseDouble(value) > 0, line);
        }
        String markdown = read(out.resolve("latest.md"));
        assertTrue(markdown.contains("| Java ↔ Java (iceoryx2, our runtime) |"), markdown);
        assertFalse(markdown.contains("Not available"), markdown);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no " + file + ")";
        }
    }
}

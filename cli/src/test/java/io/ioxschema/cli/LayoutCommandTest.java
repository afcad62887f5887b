package io.ioxschema.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayoutCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode json(String... args) throws IOException {
        Cli.Result result = Cli.run(args);
        assertEquals(0, result.exitCode(), result::toString);
        return JSON.readTree(result.out());
    }

    private static JsonNode type(JsonNode report, String name) {
        for (JsonNode type : report.get("types")) {
            if (type.get("name").asText().equals(name)) {
                return type;
            }
        }
        throw new AssertionError("no type " + name + " in " + report.toPrettyString());
    }

    private static List<String> names(JsonNode report) {
        List<String> names = new ArrayList<>();
        report.get("types").forEach(t -> names.add(t.get("name").asText()));
        return names;
    }

    private static void assertHasNumbers(JsonNode node, String... keys) {
        for (String key : keys) {
            assertTrue(node.hasNonNull(key) && node.get(key).canConvertToLong(),
                    () -> "'" + key + "' is not a number in " + node);
        }
    }

    @Test
    void jsonHasEveryKeyOfTheContract() throws IOException {
        JsonNode report = json("layout", "--format", "json", Cli.sample());
        assertEquals("x86_64-linux", report.get("target").asText());
        assertTrue(report.get("types").isArray() && !report.get("types").isEmpty(), report::toPrettyString);
        for (JsonNode type : report.get("types")) {
            assertTrue(type.get("name").isTextual(), type::toString);
            String kind = type.get("kind").asText();
            assertTrue(Set.of("struct", "enum", "flags").contains(kind), type::toString);
            assertHasNumbers(type, "size", "alignment");
            if (kind.equals("struct")) {
                assertTrue(type.get("typeName").isTextual(), type::toString);
                assertTrue(type.get("fields").isArray() && !type.get("fields").isEmpty(), type::toString);
                for (JsonNode field : type.get("fields")) {
                    assertTrue(field.get("name").isTextual() && field.get("type").isTextual(), field::toString);
                    assertHasNumbers(field, "offset", "size", "alignment");
                }
                assertTrue(type.get("padding").isArray(), type::toString);
                type.get("padding").forEach(hole -> assertHasNumbers(hole, "offset", "size"));
            }
        }
    }

    @Test
    void jsonListsEveryTypeOfTheFileAndItsImportsButNoContainerTypes() throws IOException {
        List<String> names = names(json("layout", "--format", "json", Cli.sample()));
        assertTrue(names.containsAll(List.of("CustomHeader", "Mode", "Status", "SensorData", "Telemetry",
                "AddRequest", "AddResponse")), names::toString);
        assertFalse(names.stream().anyMatch(n -> n.contains("<")), names::toString);
        assertEquals("enum", type(json("layout", "--format", "json", Cli.sample()), "Mode").get("kind").asText());
        assertEquals("flags", type(json("layout", "--format", "json", Cli.sample()), "Status").get("kind").asText());
    }

    @Test
    void jsonValuesOfTheSample() throws IOException {
        JsonNode report = json("layout", "--format", "json", Cli.sample());
        JsonNode sensorData = type(report, "SensorData");
        assertEquals("SensorData", sensorData.get("typeName").asText());
        assertEquals(56, sensorData.get("size").asInt());
        assertEquals(8, sensorData.get("alignment").asInt());
        JsonNode first = sensorData.get("fields").get(0);
        assertEquals("timestamp_ns", first.get("name").asText());
        assertEquals("u64", first.get("type").asText());
        assertEquals(0, first.get("offset").asInt());
        assertEquals(8, first.get("size").asInt());
        assertEquals(8, first.get("alignment").asInt());

        JsonNode telemetry = type(report, "Telemetry");
        assertEquals(64, telemetry.get("alignment").asInt());
        assertEquals(0, telemetry.get("size").asInt() % 64);
        JsonNode tail = telemetry.get("padding").get(telemetry.get("padding").size() - 1);
        assertEquals(telemetry.get("size").asInt(), tail.get("offset").asInt() + tail.get("size").asInt(),
                "padding lists the tail too");
    }

    @Test
    void targetChangesTheLayout() throws IOException {
        Path schema = Files.writeString(dir.resolve("p.iox"), "struct P { a: u32; b: u64; }\n");
        JsonNode x86 = json("layout", "--format", "json", schema.toString());
        JsonNode i686 = json("layout", "--format", "json", "--target", "i686-linux", schema.toString());
        assertEquals("i686-linux", i686.get("target").asText());
        assertEquals(8, type(x86, "P").get("fields").get(1).get("offset").asInt());
        assertEquals(4, type(i686, "P").get("fields").get(1).get("offset").asInt());
    }

    @Test
    void warningsGoToStderrAndNeverIntoJson() throws IOException {
        // b sits at 8 on x86_64 but at 4 on i686: a portability warning.
        Path schema = Files.writeString(dir.resolve("p.iox"), "struct P { a: u32; b: u64; }\n");
        Cli.Result result = Cli.run("layout", "--format", "json", schema.toString());
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.err().contains("warning: portability"), result::toString);
        assertFalse(result.out().contains("warning"), result::toString);
        JSON.readTree(result.out());
    }

    @Test
    void typeArgumentsSelectTypes() throws IOException {
        assertEquals(List.of("SensorData"), names(json("layout", "--format", "json", Cli.sample(), "SensorData")));
        assertEquals(List.of("Mode", "AddRequest"),
                names(json("layout", "--format", "json", Cli.sample(), "Mode", "AddRequest")));
        Cli.Result table = Cli.run("layout", Cli.sample(), "SensorData");
        assertEquals(0, table.exitCode(), table::toString);
        assertTrue(table.out().contains("struct SensorData  size 56  align 8"), table::toString);
        assertFalse(table.out().contains("Telemetry"), table::toString);
    }

    @Test
    void tableMarksHolesAndTailPadding() {
        Cli.Result result = Cli.run("layout", Cli.sample(), "Telemetry");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("target x86_64-linux\n"), result::toString);
        assertTrue(result.out().contains("bytes hole */"), result::toString);
        assertTrue(result.out().contains("bytes tail padding */"), result::toString);
    }

    @Test
    void aSchemaWithErrorsPrintsNoLayout() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.iox"), "struct B { x: Missing; }\n");
        Cli.Result result = Cli.run("layout", "--format", "json", bad.toString());
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("", result.out());
        assertTrue(result.err().contains(bad + ":1:15: error: "), result::toString);
    }
}

package io.ioxschema.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JavaNamesTest {

    private final JavaNames names = new JavaNames();

    @Test
    void accessorsAvoidKeywordsObjectsMethodsAndTheViewsOwnMethods() {
        assertEquals("class_", names.accessor("class"));
        assertEquals("record_", names.accessor("record"));
        assertEquals("wait_", names.accessor("wait"));
        assertEquals("hashCode_", names.accessor("hashCode"));
        assertEquals("segment_", names.accessor("segment"));
        assertEquals("toRecord_", names.accessor("toRecord"));
        assertEquals("value", names.accessor("value"));
        assertEquals("SIZE", names.accessor("SIZE"));
    }

    @Test
    void constantsAndEnumValuesOnlyAvoidKeywords() {
        assertEquals("default_", names.member("default"));
        assertEquals("wait", names.member("wait"));
    }

    @Test
    void theConstantsClassIsNamedAfterTheLastPackageSegment() {
        assertEquals("SensorSchema", names.schemaClass("sensor"));
        assertEquals("SensorDataSchema", names.schemaClass("org.example.sensor_data"));
        assertEquals("Int128EnumsSchema", names.schemaClass("fixtures.int128_enums"));
    }
}

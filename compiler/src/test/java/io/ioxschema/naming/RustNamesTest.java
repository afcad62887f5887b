package io.ioxschema.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RustNamesTest {

    private final RustNames names = new RustNames();

    @Test
    void keywordsBecomeRawIdentifiersAndTheFourThatCannotGetAnUnderscore() {
        assertEquals("r#type", names.member("type"));
        assertEquals("r#gen", names.member("gen"));
        assertEquals("self_", names.member("self"));
        assertEquals("Self_", names.member("Self"));
        assertEquals("super_", names.member("super"));
        assertEquals("crate_", names.member("crate"));
        assertEquals("class", names.member("class"));
        assertEquals("timestamp_ns", names.member("timestamp_ns"));
    }

    @Test
    void constantsAreUpperSnakeCase() {
        assertEquals("LOW_BATTERY", names.constant("LowBattery"));
        assertEquals("IDLE", names.constant("Idle"));
        assertEquals("SENSOR_ID_LEN", names.constant("SENSOR_ID_LEN"));
        assertEquals("HTTP_SERVER", names.constant("HTTPServer"));
        assertEquals("LEVEL2_NAME", names.constant("level2Name"));
        assertEquals("SELF", names.constant("Self"));
        assertEquals("A", names.constant("a"));
        assertEquals("_RESERVED", names.constant("_reserved"));
    }

    @Test
    void modulesAreLowerSnakeCaseFilesAndEscapedIdentifiers() {
        assertEquals("org_example_sensor", names.moduleFile("org.Example.sensor"));
        assertEquals("r#match", names.module("match"));
        assertEquals("match", names.moduleFile("match"));
    }

    @Test
    void onlyTheNamesThatCannotBeRawAreProblemsForTypesAndPackages() {
        assertTrue(names.problem(NameKind.TYPE, "Self").isPresent());
        assertTrue(names.problem(NameKind.PACKAGE_SEGMENT, "crate").isPresent());
        assertTrue(names.problem(NameKind.TYPE, "match").isEmpty());
        assertTrue(names.problem(NameKind.MEMBER, "self").isEmpty());
    }
}

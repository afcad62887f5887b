package io.ioxschema.layout;

import static io.ioxschema.Schemas.layout;
import static io.ioxschema.Schemas.struct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ioxschema.Schemas;
import io.ioxschema.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutEngineTest {

    @Test
    void sensorDataMatchesTheSpecExample() {
        StructLayout s = struct(layout("""
                flags Status : u32 { A = 1 }
                struct SensorData {
                    timestamp_ns: u64; temperature: f64; pressure: f64; humidity: f32;
                    status: Status; sensor_id: [u8; 16]; _reserved: [u8; 8];
                }
                """), "SensorData");
        assertEquals(56, s.size());
        assertEquals(8, s.alignment());
        assertEquals(List.of(0L, 8L, 16L, 24L, 28L, 32L, 48L), s.fields().stream().map(FieldLayout::offset).toList());
        assertTrue(s.padding().isEmpty());
    }

    @Test
    void holesAndTailPaddingAreListed() {
        StructLayout s = struct(layout("struct P { a: u8; b: u32; c: u16; }"), "P");
        assertEquals(12, s.size());
        assertEquals(List.of(new Padding(1, 3), new Padding(10, 2)), s.padding());
    }

    @Test
    void staticStringIsDataTerminatorPaddingThenU64Length() {
        SchemaLayout l = layout("struct S { s: string<31>; t: string<8>; u: string<1>; }");
        StructLayout s = struct(l, "S");
        // string<31>: 31 data + 1 terminator = 32, len at 32, size 40
        assertEquals(40, s.field("s").size());
        assertEquals(8, s.field("s").alignment());
        // string<8>: 8 + 1 = 9, len at 16, size 24
        assertEquals(24, s.field("t").size());
        assertEquals(16, l.lengthOffset(s.field("t").field().type()));
        assertEquals(16, s.field("u").size());
    }

    @Test
    void staticStringOnI686AlignsItsLengthTo4() {
        StructLayout s = struct(layout("struct S { a: u8; s: string<8>; }", TargetAbi.I686_LINUX), "S");
        assertEquals(4, s.field("s").offset());
        assertEquals(20, s.field("s").size()); // 9 -> 12, +8
        assertEquals(24, s.size());
    }

    @Test
    void staticVecIsArrayThenU64Length() {
        SchemaLayout l = layout("struct V { a: vec<f32, 64>; b: vec<u8, 3>; c: vec<u128, 2>; }");
        StructLayout v = struct(l, "V");
        assertEquals(264, v.field("a").size());
        assertEquals(256, l.lengthOffset(v.field("a").field().type()));
        assertEquals(16, v.field("b").size());
        assertEquals(48, v.field("c").size()); // 32 data, len, rounded up to 16
        assertEquals(16, v.field("c").alignment());
    }

    @Test
    void alignOnFieldAndStruct() {
        StructLayout t = struct(layout("""
                @align(64)
                struct T { mode: u8; @align(16) counter: u128; x: u16; }
                """), "T");
        assertEquals(16, t.field("counter").offset());
        assertEquals(16, t.field("counter").alignment());
        assertEquals(64, t.alignment());
        assertEquals(64, t.size());
    }

    @Test
    void eightByteScalarsAlignTo4OnI686AndTo8OnArmv7() {
        String schema = "struct M { a: u32; b: f64; c: i64; }";
        assertEquals(4, struct(layout(schema, TargetAbi.I686_LINUX), "M").field("b").offset());
        assertEquals(8, struct(layout(schema, TargetAbi.ARMV7_LINUX), "M").field("b").offset());
        assertEquals(8, struct(layout(schema, TargetAbi.AARCH64_LINUX), "M").field("b").offset());
    }

    @Test
    void nestedStructsArraysAndEnumsUseTheirOwnLayouts() {
        StructLayout o = struct(layout("""
                enum E : u16 { A }
                struct Inner { a: u8; b: u32; }
                struct Outer { e: E; inner: [Inner; 3]; m: [[f32; 4]; 4]; }
                """), "Outer");
        assertEquals(4, o.field("inner").offset());
        assertEquals(24, o.field("inner").size());
        assertEquals(64, o.field("m").size());
        assertEquals(92, o.size());
    }

    @Test
    void portabilityWarningNamesTheFieldAndBothOffsets() {
        List<Diagnostic> diagnostics = Schemas.compile("struct W { a: u32; b: u64; }").diagnostics();
        assertEquals(1, diagnostics.size(), diagnostics.toString());
        Diagnostic warning = diagnostics.getFirst();
        assertTrue(!warning.isError());
        assertTrue(warning.message().contains("'W.b'"), warning.message());
        assertTrue(warning.message().contains("8 on x86_64-linux"), warning.message());
        assertTrue(warning.message().contains("4 on i686-linux"), warning.message());
        assertEquals(1, warning.span().orElseThrow().line());
    }

    @Test
    void portableStructsGetNoWarning() {
        assertTrue(Schemas.compile("struct W { b: u64; a: u32; c: u32; }").diagnostics().isEmpty());
    }

    @Test
    void u128IsAnErrorOn32BitTargetsOnly() {
        String schema = "struct W { a: u128; }";
        assertTrue(Schemas.compile(schema, TargetAbi.X86_64_LINUX).layout().isPresent());
        assertTrue(Schemas.compile(schema, TargetAbi.I686_LINUX).hasErrors());
        assertTrue(Schemas.compile(schema, TargetAbi.ARMV7_LINUX).hasErrors());
    }
}

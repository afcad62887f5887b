package io.ioxschema.resolve;

import static io.ioxschema.Schemas.layout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ioxschema.model.ConstDef;
import io.ioxschema.model.EnumDef;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.MessagingPattern;
import io.ioxschema.model.Schema;
import io.ioxschema.model.ServiceDef;
import io.ioxschema.model.ServiceSetting;
import io.ioxschema.model.StructDef;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolverTest {

    private static Schema schema(String text) {
        return layout(text).schema();
    }

    private static StructDef struct(Schema schema, String name) {
        return schema.allStructs().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void constantExpressionsFollowCPrecedenceInArbitraryPrecision() {
        Schema s = schema("""
                const A = 1 + 2 * 3;           // 7
                const B = (1 + 2) * 3;         // 9
                const C = 1 << 4 | 1;          // 17
                const D = 0xFF & ~0x0F ^ 0b1;  // 0xF1
                const E = -7 / 2;              // -3 (truncates, as in C)
                const F = -7 % 2;              // -1
                const G: u64 = 0x8000_0000_0000_0000;
                const H: u128 = (1 << 127) + (1 << 126);
                const I = B - A;
                struct S { a: [u8; I]; }
                """);
        List<BigInteger> values = s.root().constants().stream().map(ConstDef::value).toList();
        assertEquals(List.of(7, 9, 17, 0xF1, -3, -1).stream().map(BigInteger::valueOf).toList(), values.subList(0, 6));
        assertEquals(new BigInteger("8000000000000000", 16), values.get(6));
        assertEquals(BigInteger.ONE.shiftLeft(127).add(BigInteger.ONE.shiftLeft(126)), values.get(7));
        assertEquals(new FieldType.Array(new FieldType.Scalar(io.ioxschema.model.Primitive.U8), 2),
                struct(s, "S").fields().getFirst().type());
    }

    @Test
    void forwardReferencesWork() {
        Schema s = schema("""
                struct A { b: B; n: [u8; N]; m: Mode; }
                struct B { x: u32; }
                const N = M * 2;
                const M = 3;
                enum Mode : u8 { X }
                """);
        assertEquals(6, ((FieldType.Array) struct(s, "A").fields().get(1).type()).length());
    }

    @Test
    void enumValuesDefaultToPreviousPlusOneAndFlagsToTheNextFreeBit() {
        Schema s = schema("""
                enum E : i8 { A = -2, B, C = 10, D }
                flags F : u64 { X, Y, Z = 0x10, W }
                flags Top : u64 { High = 0x8000000000000000 }
                """);
        EnumDef e = (EnumDef) s.root().types().get(0);
        assertEquals(List.of(-2L, -1L, 10L, 11L), e.values().stream().map(v -> v.value().longValue()).toList());
        EnumDef f = (EnumDef) s.root().types().get(1);
        assertEquals(List.of(1L, 2L, 16L, 32L), f.values().stream().map(v -> v.value().longValue()).toList());
        assertTrue(f.isFlags());
    }

    @Test
    void docCommentsAttachToTheDeclarationOrToTheMemberTheyEnd() {
        Schema s = schema("""
                /// The struct.
                /// Second line.
                struct S {
                    a: u64;        /// About a
                    /// About b
                    b: u32;
                    c: u32;        // not a doc comment
                }
                /// Modes.
                enum M : u8 {
                    X = 0,         /// About X
                    Y,             /// About Y
                }
                """);
        StructDef st = struct(s, "S");
        assertEquals(List.of("The struct.", "Second line."), st.doc().lines());
        assertEquals(List.of("About a"), st.fields().get(0).doc().lines());
        assertEquals(List.of("About b"), st.fields().get(1).doc().lines());
        assertTrue(st.fields().get(2).doc().isEmpty());
        EnumDef m = (EnumDef) s.root().types().get(1);
        assertEquals(List.of("Modes."), m.doc().lines());
        assertEquals(List.of("About X"), m.values().get(0).doc().lines());
        assertEquals(List.of("About Y"), m.values().get(1).doc().lines());
    }

    @Test
    void typeNameDefaultsToTheStructName() {
        Schema s = schema("""
                @type_name("my::Custom") struct A { x: u8; }
                struct B { x: u8; }
                """);
        assertEquals("my::Custom", struct(s, "A").typeName());
        assertEquals("B", struct(s, "B").typeName());
        assertEquals("test", struct(s, "B").packageName());
    }

    @Test
    void servicesCarryTheirTypesAndQos() {
        Schema s = schema("""
                const DEPTH = 4;
                struct P { x: u8; }
                struct H { y: u8; }
                service "a/b" publish_subscribe { payload: P; user_header: H; history_size: DEPTH; max_publishers: 2; }
                service "a/b" event { max_listeners: 3; }
                service "calc" request_response { request: P; response: H; }
                """);
        List<ServiceDef> services = s.root().services();
        assertEquals(3, services.size());
        ServiceDef pubsub = services.getFirst();
        assertEquals(MessagingPattern.PUBLISH_SUBSCRIBE, pubsub.pattern());
        assertEquals("P", pubsub.type(ServiceSetting.PAYLOAD).orElseThrow().name());
        assertEquals("H", pubsub.type(ServiceSetting.USER_HEADER).orElseThrow().name());
        assertEquals(4L, pubsub.qos().get(ServiceSetting.HISTORY_SIZE));
        assertEquals(3L, services.get(1).qos().get(ServiceSetting.MAX_LISTENERS));
        assertEquals("H", services.get(2).type(ServiceSetting.RESPONSE).orElseThrow().name());
    }
}

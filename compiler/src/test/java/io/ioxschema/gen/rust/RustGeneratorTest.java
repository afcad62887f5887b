package io.ioxschema.gen.rust;

import static io.ioxschema.Schemas.layout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ioxschema.CompileOptions;
import io.ioxschema.SchemaCompiler;
import io.ioxschema.diag.Diagnostic;
import io.ioxschema.gen.GeneratedFile;
import io.ioxschema.gen.GenerationInput;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.layout.TargetAbi;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.Primitive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decisions of the Rust generator; that the output compiles, passes clippy and works
 * with iceoryx2 is tested with the real toolchain in the conformance module.
 */
class RustGeneratorTest {

    private final RustGenerator generator = new RustGenerator();

    private List<String> errors(String schema) {
        return generator.check(new GenerationInput(layout(schema), "test")).stream().filter(Diagnostic::isError)
                .map(Diagnostic::message).toList();
    }

    private String module(String schema) {
        List<GeneratedFile> files = generator.generate(new GenerationInput(layout(schema), "test"));
        assertEquals(List.of("iox_support.rs", "test.rs"), files.stream().map(GeneratedFile::path).toList());
        return files.get(1).content();
    }

    @Test
    void containersCarryTheirHolesAsExplicitParametersPerTarget() {
        SchemaLayout x86 = layout("struct S { a: u8; }");
        RustTypes types = new RustTypes(x86, "test");
        assertEquals("IoxString<31>", types.of(new FieldType.FixedString(31)));
        assertEquals("IoxString<1, 6>", types.of(new FieldType.FixedString(1)));
        assertEquals("IoxVec<u8, 13, 3>", types.of(new FieldType.FixedVec(new FieldType.Scalar(Primitive.U8), 13)));
        assertEquals("IoxVec<u128, 4, 0, 8>",
                types.of(new FieldType.FixedVec(new FieldType.Scalar(Primitive.U128), 4)));
        RustTypes i686 = new RustTypes(layout("struct S { a: u8; }", TargetAbi.I686_LINUX), "test");
        assertEquals("IoxString<1, 2>", i686.of(new FieldType.FixedString(1)));
    }

    @Test
    void aStructIsRaisedWithReprAlignOnlyWhereItsFieldsDoNotAlignIt() {
        String rust = module("""
                @align(16) struct A { a: u8; }
                struct B { @align(8) a: u32; }
                struct C { a: u64; }
                @align(8) struct D { a: u64; }
                """);
        assertTrue(rust.contains("#[repr(C)]\n#[repr(align(16))]\n#[derive(Clone, Copy)]\n"
                + "#[cfg_attr(feature = \"iceoryx2\", derive(ZeroCopySend), type_name(\"A\"))]\npub struct A {"), rust);
        assertTrue(rust.contains("#[repr(align(8))]\n#[derive(Clone, Copy)]\n"
                + "#[cfg_attr(feature = \"iceoryx2\", derive(ZeroCopySend), type_name(\"B\"))]\npub struct B {"), rust);
        assertEquals(2, rust.split("#\\[repr\\(align", -1).length - 1, rust);
    }

    @Test
    void schemaNamesKeptAsWrittenGetTheLintAllowsTheyNeed() {
        String rust = module("struct sensor_reading { Value: u8; ok: u8; } struct HTTP { a: u8; }");
        assertTrue(rust.contains("#[allow(non_camel_case_types)] // the schema's type name, kept as written\n"
                + "#[allow(non_snake_case)] // the schema's field names, kept as written\npub struct sensor_reading"));
        assertTrue(rust.contains("#[allow(clippy::upper_case_acronyms)] // the schema's type name, kept as written\n"
                + "pub struct HTTP"));
    }

    @Test
    void constantsGetATypeUsableAsAnArrayLengthWhereTheValueAllows() {
        String rust = module("""
                const LEN = 16; const NEG = -1; const BIG = 1 << 40; const TOP = 0xffff_ffff_ffff_ffff;
                const TYPED: u8 = 7; const WIDE: i128 = -(1 << 100);
                """);
        assertTrue(rust.contains("pub const LEN: usize = 16;"), rust);
        assertTrue(rust.contains("pub const NEG: i64 = -1;"), rust);
        assertTrue(rust.contains("pub const BIG: i64 = 1099511627776;"), rust);
        assertTrue(rust.contains("pub const TOP: u64 = 18446744073709551615;"), rust);
        assertTrue(rust.contains("pub const TYPED: u8 = 7;"), rust);
        assertTrue(rust.contains("pub const WIDE: i128 = -1267650600228229401496703205376;"), rust);
    }

    @Test
    void namesThatMeetInRustAreErrorsBeforeAnythingIsWritten() {
        assertEquals(List.of("the values FooBar and FOO_BAR of E are both E::FOO_BAR in Rust (UPPER_SNAKE_CASE)"),
                errors("enum E : u8 { FooBar = 1, FOO_BAR = 2 }"));
        assertEquals(List.of("the constant MAX_LEN is MAX_LEN in Rust, as the constant max_len is"),
                errors("const max_len = 1; const MAX_LEN = 2;"));
        assertEquals(List.of("the field self_ of S is 'self_' in Rust, as the field self is"),
                errors("struct S { self: u8; self_: u8; }"));
    }

    @Test
    void namesTheGeneratedCodeReliesOnAreErrors() {
        assertEquals(List.of("the type name 'Zeroed' would hide the Rust name 'Zeroed' that the generated module"
                + " uses; rename the type"), errors("struct Zeroed { a: u8; }"));
        assertEquals(List.of("package 'iox_support' of test.iox would be the Rust module 'iox_support', as the"
                + " generated support module is; give each schema file a package of its own"),
                errors("package iox_support; struct S { a: u8; }"));
    }

    @Test
    void twoSchemaFilesOfOnePackageAreAnErrorRatherThanOneModuleOverwritingTheOther(@TempDir Path dir)
            throws IOException {
        Files.createDirectories(dir.resolve("common"));
        Files.writeString(dir.resolve("common/a.iox"), "package common; struct A { a: u8; }");
        Files.writeString(dir.resolve("common/b.iox"), "package common; struct B { b: u8; }");
        Files.writeString(dir.resolve("root.iox"), """
                import "common/a.iox";
                import "common/b.iox";
                struct R { a: A; b: B; }
                """);
        SchemaLayout layout = SchemaCompiler.compile(dir.resolve("root.iox"), CompileOptions.defaults()).layout()
                .orElseThrow();
        assertEquals(List.of("package 'common' of b.iox would be the Rust module 'common', as package 'common' of"
                + " a.iox is; give each schema file a package of its own"),
                generator.check(new GenerationInput(layout, "test")).stream().map(Diagnostic::message).toList());
    }

    @Test
    void theKeywordFixtureNeedsNoError() {
        assertEquals(List.of(), errors("""
                enum Choice : u8 { None = 0, True = 1, class = 2, match = 4, Self = 5 }
                flags Mode : u16 { self = 1, fn = 2 }
                struct K { type: u32; self: u16; Self: u64; super: u16; crate: u16; gen: u8; Mode: Mode; }
                """));
    }

    @Test
    void aServiceGetsItsNameAndABuilderFunctionBehindTheFeature() {
        String module = module("""
                struct Reading { value: f64; }
                service "sensor/data" publish_subscribe { payload: Reading; history_size: 3; publisher_max_loaned_samples: 4; }
                service "sensor/data" event;
                """);
        assertTrue(module.contains("pub const SENSOR_DATA_PUBLISH_SUBSCRIBE_SERVICE: &str = \"sensor/data\";"), module);
        assertTrue(module.contains("""
                #[cfg(feature = "iceoryx2")]
                pub fn sensor_data_publish_subscribe_service<S: ::iceoryx2::service::Service>("""), module);
        assertTrue(module.contains("        node.service_builder(&name)\n            .publish_subscribe::<Reading>()\n"
                + "            .history_size(3)\n    )\n"), module);
        assertTrue(module.contains("`publisher_builder().max_loaned_samples(4)`"), module);
        assertTrue(module.contains("pub fn sensor_data_event_service<S"), module);
    }
}

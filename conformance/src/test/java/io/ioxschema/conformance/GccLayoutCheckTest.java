package io.ioxschema.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ioxschema.Compilation;
import io.ioxschema.layout.FieldLayout;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.layout.StructLayout;
import io.ioxschema.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The check itself: it must catch a wrong layout, read gcc's numbers right, and refuse a missing compiler. */
class GccLayoutCheckTest {

    @Test
    void aWrongOffsetAndSizeAreReportedWithTargetStructFieldAndBothValues() {
        Gcc.requireInstalled(GccTarget.I686);
        Compilation compilation = SchemaCompilations.compile(
                SourceFile.of("wrong.iox", "struct Pair { a: u8; b: f64; }"), GccTarget.I686);
        SchemaLayout layout = compilation.layout().orElseThrow();
        StructLayout pair = layout.inSchemaOrder().getFirst();
        assertEquals(4, pair.field("b").offset(), "i686 aligns f64 to 4 inside a struct");

        // What a layout engine that forgot the i686 rule would say.
        List<FieldLayout> fields = new ArrayList<>(pair.fields());
        FieldLayout b = fields.get(1);
        fields.set(1, new FieldLayout(b.field(), 8, b.size(), 8));
        StructLayout wrong = new StructLayout(pair.struct(), 16, 8, fields, pair.padding());
        SchemaLayout wrongLayout = new SchemaLayout(layout.schema(), layout.target(),
                Map.of(pair.struct().qualifiedName(), wrong));

        CLayoutProgram program = new CLayoutProgram(GccTarget.I686);
        program.add("wrong.iox", wrongLayout);
        List<String> mismatches = GccLayoutCheck.run(program, "self-test").mismatches();

        assertTrue(mismatches.contains("i686-linux: wrong.iox struct wrong.Pair: size is 16 in iox-schema but 12 in gcc"),
                () -> String.join("\n", mismatches));
        assertTrue(mismatches.contains(
                "i686-linux: wrong.iox struct wrong.Pair field b: offset is 8 in iox-schema but 4 in gcc"),
                () -> String.join("\n", mismatches));
        assertTrue(mismatches.contains(
                "i686-linux: wrong.iox struct wrong.Pair field b: alignment is 8 in iox-schema but 4 in gcc"),
                () -> String.join("\n", mismatches));
    }

    @Test
    void aMissingCompilerFailsAndNamesItsPackage() {
        GccTarget missing = new GccTarget(GccTarget.ARMV7.abi(), List.of("no-such-cross-gcc"),
                "gcc-no-such-cross", false);
        AssertionFailedError error = assertThrows(AssertionFailedError.class, () -> Gcc.requireInstalled(missing));
        assertTrue(error.getMessage().contains("no-such-cross-gcc is not installed"), error.getMessage());
        assertTrue(error.getMessage().contains("apt-get install gcc-no-such-cross"), error.getMessage());
    }

    @Test
    void readsEveryTargetsDataDirectives() {
        String assembly = String.join("\n",
                "\t.type\tv_0, @object", "v_0:", "\t.long\t24", // x86
                "v_1:", "\t.zero\t4", // x86 and aarch64 zero
                "v_2:", "\t.word\t128", // arm and aarch64
                "v_3:", "\t.space\t4", // armv7 zero
                "v_4:", "\t.4byte\t7");
        assertEquals(Map.of(0, 24L, 1, 0L, 2, 128L, 3, 0L, 4, 7L), AssemblyConstants.read(assembly));
        assertThrows(IllegalStateException.class, () -> AssemblyConstants.read("v_0:\n\t.quad\t8"));
        assertFalse(AssemblyConstants.read("main:\n\tret").containsKey(0));
    }
}

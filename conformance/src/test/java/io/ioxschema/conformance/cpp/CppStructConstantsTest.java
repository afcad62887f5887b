package io.ioxschema.conformance.cpp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ioxschema.conformance.support.Bindings;
import io.ioxschema.conformance.support.Processes;
import io.ioxschema.gen.GeneratedFile;
import io.ioxschema.layout.StructLayout;
import io.ioxschema.layout.TargetAbi;
import io.ioxschema.model.StructDef;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every struct of every fixture carries the schema's iceoryx2 type name as IOX2_TYPE_NAME,
 * and its size and alignment as IOX2_SIZE and IOX2_ALIGNMENT: g++ checks each against the
 * model's values in static_asserts.
 */
class CppStructConstantsTest {

    @TempDir
    static Path work;

    @Test
    void iceoryx2TypeNameSizeAndAlignmentMatchTheSchema() {
        GeneratedFixtures generated = GeneratedFixtures.write(work, TargetAbi.X86_64_LINUX);
        StringBuilder cpp = new StringBuilder("#include <string_view>\n");
        Set<String> checked = new LinkedHashSet<>();
        boolean renamed = false;
        for (GeneratedFixtures.Fixture fixture : generated.fixtures()) {
            cpp.append("#include \"").append(fixture.name()).append('/').append(fixture.rootHeader()).append("\"\n");
            for (StructDef struct : fixture.layout().schema().allStructs()) {
                if (!checked.add(struct.qualifiedName())) {
                    continue;
                }
                renamed |= !struct.typeName().equals(struct.name());
                StructLayout layout = fixture.layout().of(struct);
                String type = "::" + struct.packageName().replace(".", "::") + "::" + struct.name();
                cpp.append("static_assert(std::string_view(").append(type).append("::IOX2_TYPE_NAME) == \"")
                        .append(struct.typeName()).append("\", \"").append(struct.qualifiedName())
                        .append(": IOX2_TYPE_NAME\");\n");
                cpp.append("static_assert(").append(type).append("::IOX2_SIZE == ").append(layout.size())
                        .append(" && sizeof(").append(type).append(") == ").append(type).append("::IOX2_SIZE, \"")
                        .append(struct.qualifiedName()).append(": IOX2_SIZE\");\n");
                cpp.append("static_assert(").append(type).append("::IOX2_ALIGNMENT == ").append(layout.alignment())
                        .append(" && alignof(").append(type).append(") == ").append(type)
                        .append("::IOX2_ALIGNMENT, \"").append(struct.qualifiedName()).append(": IOX2_ALIGNMENT\");\n");
            }
        }
        assertTrue(renamed, "no fixture struct has a @type_name differing from its name; the check would be weak");
        assertTrue(checked.size() > 20, "too few structs checked: " + checked);
        Bindings.writeFiles(work, List.of(new GeneratedFile("struct_constants.cpp", cpp.toString())));
        Processes.run(work, CppToolchain.command("-fsyntax-only", "struct_constants.cpp"));
    }
}

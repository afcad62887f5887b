package io.ioxschema.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ioxschema.Compilation;
import io.ioxschema.model.EnumDef;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.MessagingPattern;
import io.ioxschema.model.Primitive;
import io.ioxschema.model.Schema;
import io.ioxschema.model.StructDef;
import io.ioxschema.conformance.support.Fixtures;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The valid fixtures together use every type feature of the language, so the layout
 * comparison over them covers the whole spec. Guards against a fixture edit that silently
 * drops a feature.
 */
class FixtureCoverageTest {

    private static List<Schema> schemas;

    @BeforeAll
    static void compileFixtures() {
        schemas = Fixtures.valid().stream().map(f -> {
            Compilation compilation = SchemaCompilations.compile(f, GccTarget.X86_64);
            assertFalse(compilation.hasErrors(), () -> f.getFileName() + ":\n" + SchemaCompilations.errors(compilation));
            return compilation.layout().orElseThrow().schema();
        }).toList();
    }

    private static Stream<FieldType> fieldTypes() {
        return schemas.stream().flatMap(SchemaFeatures::fieldTypes);
    }

    private static Stream<StructDef> structs() {
        return schemas.stream().flatMap(s -> s.allStructs().stream());
    }

    private static Stream<EnumDef> enums() {
        return schemas.stream().flatMap(s -> s.allTypes().stream())
                .filter(EnumDef.class::isInstance).map(EnumDef.class::cast);
    }

    @Test
    void everyPrimitiveIsAFieldType() {
        Set<Primitive> used = schemas.stream().flatMap(s -> SchemaFeatures.primitives(s).stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Primitive.class)));
        assertEquals(EnumSet.allOf(Primitive.class), used);
    }

    @Test
    void enumsAndFlagsOfEveryIntegerBase() {
        Set<Primitive> integers = Arrays.stream(Primitive.values()).filter(Primitive::isInteger)
                .collect(Collectors.toSet());
        assertEquals(integers, enums().filter(e -> !e.isFlags()).map(EnumDef::base).collect(Collectors.toSet()));
        assertEquals(integers, enums().filter(EnumDef::isFlags).map(EnumDef::base).collect(Collectors.toSet()));
    }

    @Test
    void nestedArraysIncludingAFloatMatrix() {
        FieldType matrix = new FieldType.Array(new FieldType.Array(new FieldType.Scalar(Primitive.F32), 4), 4);
        assertTrue(fieldTypes().anyMatch(matrix::equals), "no [[f32; 4]; 4]");
        assertTrue(fieldTypes().anyMatch(t -> t instanceof FieldType.Array a && a.element() instanceof FieldType.Array b
                && b.element() instanceof FieldType.Array), "no array nested three levels");
    }

    @Test
    void stringsOfSeveralCapacities() {
        Set<Long> capacities = fieldTypes().filter(FieldType.FixedString.class::isInstance)
                .map(t -> ((FieldType.FixedString) t).capacity()).collect(Collectors.toSet());
        assertTrue(capacities.containsAll(Set.of(1L, 7L, 8L, 31L, 255L)), "string capacities used: " + capacities);
    }

    @Test
    void vecsOfEveryKindOfElement() {
        List<FieldType> elements = fieldTypes().filter(FieldType.FixedVec.class::isInstance)
                .map(t -> ((FieldType.FixedVec) t).element()).toList();
        List<Predicate<FieldType>> wanted = List.of(
                new FieldType.Scalar(Primitive.U8)::equals, new FieldType.Scalar(Primitive.U16)::equals,
                new FieldType.Scalar(Primitive.F64)::equals, FieldType.StructRef.class::isInstance,
                FieldType.Array.class::isInstance, FieldType.FixedString.class::isInstance,
                FieldType.FixedVec.class::isInstance, FieldType.EnumRef.class::isInstance);
        for (Predicate<FieldType> element : wanted) {
            assertTrue(elements.stream().anyMatch(element), "a vec element kind is missing; elements: " + elements);
        }
    }

    @Test
    void structsNestedTwoLevels() {
        assertTrue(structs().anyMatch(s -> s.fields().stream().anyMatch(f -> f.type() instanceof FieldType.StructRef r
                && r.struct().fields().stream().anyMatch(g -> g.type() instanceof FieldType.StructRef))));
    }

    @Test
    void alignOnStructsAndFieldsAndTypeNames() {
        assertTrue(structs().anyMatch(s -> s.align().isPresent()), "no @align on a struct");
        assertTrue(structs().anyMatch(s -> s.fields().stream().anyMatch(f -> f.align().isPresent())),
                "no @align on a field");
        assertTrue(structs().anyMatch(s -> !s.typeName().equals(s.name())), "no @type_name");
    }

    @Test
    void constantsImportsDocsAndServices() {
        assertTrue(schemas.stream().anyMatch(s -> !s.root().constants().isEmpty()), "no constants");
        assertTrue(schemas.stream().anyMatch(s -> !s.imports().isEmpty()), "no imports");
        assertTrue(structs().anyMatch(s -> !s.doc().isEmpty()), "no documented struct");
        assertTrue(structs().anyMatch(s -> s.fields().stream().anyMatch(f -> !f.doc().isEmpty())),
                "no documented field");
        assertTrue(enums().anyMatch(e -> e.values().stream().anyMatch(v -> !v.doc().isEmpty())),
                "no documented enum value");
        Set<MessagingPattern> patterns = schemas.stream().flatMap(s -> s.root().services().stream())
                .map(s -> s.pattern()).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(MessagingPattern.class), patterns);
    }
}

package io.ioxschema.gen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.ioxschema.gen.GenerationInput;
import io.ioxschema.model.ConstDef;
import io.ioxschema.model.Module;
import io.ioxschema.model.Primitive;
import io.ioxschema.naming.JavaNames;
import java.math.BigInteger;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The class of a package's constants ({@code sensor} has {@code SensorSchema}); the services
 * will join them. A constant has the Java type of its declared type ({@code BigInteger} for
 * 128 bits), else {@code int} if that holds it, else {@code long} (also for the bits of a
 * {@code u64} above {@code Long.MAX_VALUE}).
 */
final class SchemaClass {

    private static final JavaNames NAMES = new JavaNames();

    private SchemaClass() {
    }

    static ClassName name(String packageName) {
        return ClassName.get(packageName, NAMES.schemaClass(packageName));
    }

    static TypeSpec build(String packageName, List<Module> modules) {
        TypeSpec.Builder type = TypeSpec.classBuilder(name(packageName)).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The constants of schema package {@code $L} ($L).\n", packageName,
                        String.join(", ", modules.stream().map(m -> JavaDocs.text(GenerationInput.sourceName(m))).toList()))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (Module module : modules) {
            for (ConstDef constant : module.constants()) {
                type.addField(field(constant));
                type.alwaysQualify(NAMES.member(constant.name()));
            }
        }
        return type.build();
    }

    private static FieldSpec field(ConstDef constant) {
        Primitive primitive = constant.type().orElse(smallest(constant.value()));
        TypeName type = primitive.bits() == 128 ? JavaTypes.BIG_INTEGER : JavaTypes.value(primitive);
        CodeBlock value = primitive.bits() == 128
                ? CodeBlock.of("new $T($S)", BigInteger.class, constant.value().toString())
                : CodeBlock.of("$L", JavaLiterals.constant(constant.value(), primitive));
        String declaration = "{@code const " + constant.name() + constant.type().map(t -> ": " + t.keyword()).orElse("")
                + " = " + constant.value() + "}" + (primitive == Primitive.U64 ? "; unsigned, the {@code long} holds"
                + " its bits" : "");
        return FieldSpec.builder(type, NAMES.member(constant.name()), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer(value).addJavadoc(JavaDocs.with(constant.doc(), declaration + ".")).build();
    }

    /** An untyped constant fits 64 bits (the resolver checks): int, else long, else the bits of a u64. */
    private static Primitive smallest(BigInteger value) {
        return List.of(Primitive.I32, Primitive.I64).stream().filter(p -> p.fits(value)).findFirst()
                .orElse(Primitive.U64);
    }
}

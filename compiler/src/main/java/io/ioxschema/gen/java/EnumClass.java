package io.ioxschema.gen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.ioxschema.model.EnumDef;
import io.ioxschema.model.EnumValue;
import io.ioxschema.naming.JavaNames;
import java.math.BigInteger;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * A Java enum per schema enum or flags type. An enum maps raw values both ways
 * ({@code value()}, {@code of(raw)}, which answers {@code null} for a value it does not
 * declare); a flags type names its bits and has static helpers over raw bits
 * ({@code has}, {@code with}, {@code without}, {@code toSet}, {@code toBits}).
 */
final class EnumClass {

    private static final JavaNames NAMES = new JavaNames();
    private static final BigInteger LOW_MASK = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private EnumClass() {
    }

    static String constant(EnumValue value) {
        return NAMES.member(value.name());
    }

    static TypeSpec build(EnumDef def) {
        ClassName name = JavaTypes.type(def);
        TypeSpec.Builder type = TypeSpec.enumBuilder(name).addModifiers(Modifier.PUBLIC)
                .addJavadoc(JavaDocs.with(def.doc(), "{@code " + def.kindName() + " " + def.name() + " : "
                        + def.base().keyword() + "} of package {@code " + def.packageName() + "}, stored as its base"
                        + " type. " + (def.isFlags() ? "Each constant names a bit pattern; a field of this type is"
                        + " read and written as its raw bits, which the static helpers test and change."
                        : "A field of this type reads as {@code null} when it holds a value this enum does not"
                        + " declare; its raw accessor reads any value.")));
        for (EnumValue value : def.values()) {
            type.addEnumConstant(constant(value), TypeSpec.anonymousClassBuilder("")
                    .addJavadoc(JavaDocs.with(value.doc(), "{@code " + value.name() + " = " + value.value() + "}"))
                    .build());
            type.alwaysQualify(constant(value));
        }
        type.alwaysQualify(ViewClass.VARIABLES.toArray(String[]::new));
        boolean wide = def.base().bits() == 128;
        if (wide) {
            type.addMethod(half(def, "low", false)).addMethod(half(def, "high", true)).addMethod(bigValue(def));
        } else {
            type.addMethod(value(def));
        }
        if (def.isFlags()) {
            flagHelpers(type, def, name);
        } else {
            type.addMethod(wide ? ofHalves(def, name) : of(def, name));
        }
        return type.build();
    }

    private static TypeName raw(EnumDef def) {
        return JavaTypes.value(def.base());
    }

    /** {@code value()}, or {@code bits()} for flags: the raw value of this constant. */
    private static MethodSpec value(EnumDef def) {
        CodeBlock.Builder cases = CodeBlock.builder();
        for (EnumValue value : def.values()) {
            cases.add("case $N -> $L;\n", constant(value), JavaLiterals.of(value.value(), def.base()));
        }
        return MethodSpec.methodBuilder(def.isFlags() ? "bits" : "value").addModifiers(Modifier.PUBLIC)
                .returns(raw(def)).addJavadoc(def.isFlags() ? "The bits of this flag.\n" : "The raw value.\n")
                .addCode("return switch (this) {\n$>$L$<};\n", cases.build()).build();
    }

    /** {@code low()} or {@code high()}: one 64-bit half of a 128-bit value, as stored. */
    private static MethodSpec half(EnumDef def, String name, boolean high) {
        CodeBlock.Builder cases = CodeBlock.builder();
        for (EnumValue value : def.values()) {
            BigInteger bits = high ? value.value().shiftRight(64) : value.value().and(LOW_MASK);
            cases.add("case $N -> $L;\n", constant(value), JavaLiterals.of(high ? bits : signed64(bits),
                    io.ioxschema.model.Primitive.I64));
        }
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(TypeName.LONG)
                .addJavadoc("The $L 64 bits of the value.\n", name)
                .addCode("return switch (this) {\n$>$L$<};\n", cases.build()).build();
    }

    private static BigInteger signed64(BigInteger bits) {
        return bits.testBit(63) ? bits.subtract(BigInteger.ONE.shiftLeft(64)) : bits;
    }

    private static MethodSpec bigValue(EnumDef def) {
        CodeBlock.Builder cases = CodeBlock.builder();
        for (EnumValue value : def.values()) {
            cases.add("case $N -> new $T($S);\n", constant(value), BigInteger.class, value.value().toString());
        }
        return MethodSpec.methodBuilder(def.isFlags() ? "bits" : "value").addModifiers(Modifier.PUBLIC)
                .returns(BigInteger.class).addJavadoc("The value, as a {@code BigInteger} (allocates).\n")
                .addCode("return switch (this) {\n$>$L$<};\n", cases.build()).build();
    }

    /** {@code of(raw)}: the first constant with the raw value, or null. */
    private static MethodSpec of(EnumDef def, ClassName name) {
        String parameter = parameterName(def);
        MethodSpec.Builder method = MethodSpec.methodBuilder("of").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name).addParameter(raw(def), parameter)
                .addJavadoc("The constant of a raw value.\n\n@return the constant, or {@code null} if this enum does"
                        + " not declare the value\n");
        Set<BigInteger> seen = new HashSet<>();
        if (raw(def).equals(TypeName.LONG)) {
            for (EnumValue value : def.values()) {
                if (seen.add(value.value())) {
                    method.beginControlFlow("if ($N == $L)", parameter, JavaLiterals.of(value.value(), def.base()))
                            .addStatement("return $N", constant(value)).endControlFlow();
                }
            }
            return method.addStatement("return null").build();
        }
        CodeBlock.Builder cases = CodeBlock.builder();
        for (EnumValue value : def.values()) {
            if (seen.add(value.value())) {
                cases.add("case $L -> $N;\n", value.value(), constant(value));
            }
        }
        return method.addCode("return switch ($N) {\n$>$Ldefault -> null;\n$<};\n", parameter, cases.build()).build();
    }

    private static MethodSpec ofHalves(EnumDef def, ClassName name) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("of").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name).addParameter(TypeName.LONG, "low").addParameter(TypeName.LONG, "high")
                .addJavadoc("The constant of a raw value given as its low and high 64 bits.\n\n@return the constant,"
                        + " or {@code null} if this enum does not declare the value\n");
        Set<BigInteger> seen = new HashSet<>();
        for (EnumValue value : def.values()) {
            BigInteger bits = value.value().and(BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE));
            if (seen.add(bits)) {
                method.beginControlFlow("if (low == $L && high == $L)",
                        JavaLiterals.of(signed64(bits.and(LOW_MASK)), io.ioxschema.model.Primitive.I64),
                        JavaLiterals.of(signed64(bits.shiftRight(64)), io.ioxschema.model.Primitive.I64))
                        .addStatement("return $N", constant(value)).endControlFlow();
            }
        }
        return method.addStatement("return null").build();
    }

    /** The parameter of {@code of}: {@code value}, unless a constant is spelled so (it would be hidden). */
    private static String parameterName(EnumDef def) {
        Set<String> constants = new HashSet<>(def.values().stream().map(EnumClass::constant).toList());
        String name = "value";
        while (constants.contains(name)) {
            name += "_";
        }
        return name;
    }

    private static void flagHelpers(TypeSpec.Builder type, EnumDef def, ClassName name) {
        TypeName set = ParameterizedTypeName.get(ClassName.get(EnumSet.class), name);
        if (def.base().bits() == 128) {
            type.addMethod(MethodSpec.methodBuilder("has").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(TypeName.BOOLEAN).addParameter(TypeName.LONG, "low").addParameter(TypeName.LONG, "high")
                    .addParameter(name, "flag")
                    .addJavadoc("Whether the bits given as their low and high halves have every bit of {@code flag}.\n")
                    .addStatement("return (low & flag.low()) == flag.low() && (high & flag.high()) == flag.high()")
                    .build());
            type.addMethod(MethodSpec.methodBuilder("toSet").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(set).addParameter(TypeName.LONG, "low").addParameter(TypeName.LONG, "high")
                    .addJavadoc("The flags whose bits are all set; bits no flag names are ignored.\n")
                    .addStatement("$T flags = $T.noneOf($T.class)", set, EnumSet.class, name)
                    .beginControlFlow("for ($T flag : values())", name)
                    .beginControlFlow("if (has(low, high, flag))").addStatement("flags.add(flag)").endControlFlow()
                    .endControlFlow()
                    .addStatement("return flags").build());
            return;
        }
        TypeName bits = raw(def);
        boolean narrow = bits.equals(TypeName.BYTE) || bits.equals(TypeName.SHORT);
        type.addMethod(MethodSpec.methodBuilder("has").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(TypeName.BOOLEAN).addParameter(bits, "bits").addParameter(name, "flag")
                .addJavadoc("Whether {@code bits} has every bit of {@code flag}.\n")
                .addStatement("return (bits & flag.bits()) == flag.bits()").build());
        type.addMethod(MethodSpec.methodBuilder("with").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(bits).addParameter(bits, "bits").addParameter(name, "flag")
                .addJavadoc("{@code bits} with the bits of {@code flag} set.\n")
                .addStatement(narrow ? CodeBlock.of("return ($T) (bits | flag.bits())", bits) : CodeBlock.of("return bits | flag.bits()")).build());
        type.addMethod(MethodSpec.methodBuilder("without").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(bits).addParameter(bits, "bits").addParameter(name, "flag")
                .addJavadoc("{@code bits} with the bits of {@code flag} cleared.\n")
                .addStatement(narrow ? CodeBlock.of("return ($T) (bits & ~flag.bits())", bits) : CodeBlock.of("return bits & ~flag.bits()")).build());
        type.addMethod(MethodSpec.methodBuilder("toSet").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(set).addParameter(bits, "bits")
                .addJavadoc("The flags whose bits are all set in {@code bits}; bits no flag names are ignored.\n")
                .addStatement("$T flags = $T.noneOf($T.class)", set, EnumSet.class, name)
                .beginControlFlow("for ($T flag : values())", name)
                .beginControlFlow("if (has(bits, flag))").addStatement("flags.add(flag)").endControlFlow()
                .endControlFlow()
                .addStatement("return flags").build());
        type.addMethod(MethodSpec.methodBuilder("toBits").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(bits).addParameter(ParameterizedTypeName.get(ClassName.get(Set.class), name), "flags")
                .addJavadoc("The bits of all {@code flags} together.\n")
                .addStatement("$T bits = 0", bits)
                .beginControlFlow("for ($T flag : flags)", name)
                .addStatement(narrow ? CodeBlock.of("bits = ($T) (bits | flag.bits())", bits) : CodeBlock.of("bits |= flag.bits()"))
                .endControlFlow()
                .addStatement("return bits").build());
    }
}

package io.ioxschema.gen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * What every generated view class has: {@code SIZE}, {@code ALIGNMENT} and {@code LAYOUT}; a
 * class-initialisation check of the layout against what iox-schema computed; the segment and
 * offset it points at, re-pointed by {@code wrap} without allocating; its child views, created
 * once per view. Private members start with {@code $}, which no schema name can contain.
 */
final class ViewClass {

    static final String SEGMENT = "$segment";
    static final String OFFSET = "$offset";
    static final String CHECK = "$check";
    static final String AT = "$at";
    static final String FOLLOW = "$follow";

    static final ClassName MEMORY_SEGMENT = ClassName.get("java.lang.foreign", "MemorySegment");
    static final ClassName MEMORY_LAYOUT = ClassName.get("java.lang.foreign", "MemoryLayout");
    static final ClassName STRUCT_LAYOUT = ClassName.get("java.lang.foreign", "StructLayout");
    static final ClassName SEQUENCE_LAYOUT = ClassName.get("java.lang.foreign", "SequenceLayout");
    static final ClassName SEGMENT_ALLOCATOR = ClassName.get("java.lang.foreign", "SegmentAllocator");
    static final ClassName OBJECTS = ClassName.get(Objects.class);

    /**
     * Every variable name the generated code declares (parameters, locals, constants): a type
     * with one of these names is written fully qualified, so no variable can obscure it.
     */
    static final Set<String> VARIABLES = Set.of("value", "values", "index", "segment", "offset", "allocator", "i",
            "n", "bytes", "low", "high", "bits", "flag", "flags", "what", "actual", "expected", "result", "text", "raw", "e",
            "TYPE_NAME", "SIZE", "ALIGNMENT", "LAYOUT", "LENGTH", "CAPACITY", "MIN", "MAX");

    private final ClassName name;
    private final TypeSpec.Builder type;
    private final AccessLayouts layouts = new AccessLayouts();
    private final Map<String, FieldSpec> children = new LinkedHashMap<>();
    private final CodeBlock.Builder checks = CodeBlock.builder();
    private final CodeBlock.Builder follow = CodeBlock.builder();
    private final List<FieldSpec> constants = new ArrayList<>();
    private final String target;

    /**
     * @param layoutType {@code StructLayout} or {@code SequenceLayout}
     * @param layout     the expression {@code LAYOUT} is initialised with
     * @param target     the target ABI's name, for the check's message
     */
    ViewClass(ClassName name, CodeBlock javadoc, List<FieldSpec> leadingConstants, long size, long alignment,
              TypeName layoutType, CodeBlock layout, String target) {
        this.name = name;
        this.target = target;
        this.type = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL).addJavadoc(javadoc);
        constants.addAll(leadingConstants);
        constants.add(constant(TypeName.LONG, "SIZE", CodeBlock.of("$L", size), "Bytes of one value."));
        constants.add(constant(TypeName.LONG, "ALIGNMENT", CodeBlock.of("$L", alignment),
                "Alignment of a value, as a struct member on " + target + "."));
        constants.add(constant(layoutType, "LAYOUT", layout, "The layout, holes as explicit padding."));
        check("size", CodeBlock.of("LAYOUT.byteSize()"), CodeBlock.of("SIZE"));
        check("alignment", CodeBlock.of("LAYOUT.byteAlignment()"), CodeBlock.of("ALIGNMENT"));
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                .addJavadoc("An unbound view: {@link #wrap(MemorySegment, long)} it before use.\n").build());
        type.addMethod(MethodSpec.methodBuilder("wrap").addModifiers(Modifier.PUBLIC).returns(name)
                .addParameter(MEMORY_SEGMENT, "segment").addParameter(TypeName.LONG, "offset")
                .addJavadoc("Points this view at the value at {@code offset} in {@code segment}, without copying.\n\n"
                        + "@return this view\n@throws IndexOutOfBoundsException if the value does not fit in the"
                        + " segment\n")
                .addStatement("$T.checkFromIndexSize(offset, SIZE, segment.byteSize())", OBJECTS)
                .addStatement("return $N(segment, offset)", AT).build());
        type.addMethod(MethodSpec.methodBuilder("wrap").addModifiers(Modifier.PUBLIC).returns(name)
                .addParameter(MEMORY_SEGMENT, "segment")
                .addJavadoc("Points this view at the value at the start of {@code segment}.\n\n@return this view\n")
                .addStatement("return wrap(segment, 0)").build());
        type.addMethod(MethodSpec.methodBuilder("segment").addModifiers(Modifier.PUBLIC).returns(MEMORY_SEGMENT)
                .addJavadoc("The bytes of this value: a slice of the wrapped segment, valid as long as that segment is"
                        + " (re-pointing this view does not end it). A view of an iceoryx2 sample is wrapped into its"
                        + " port's memory: take the bytes of a sample from the sample, where they end with it.\n")
                .addStatement("return $N.asSlice($N, SIZE)", SEGMENT, OFFSET).build());
    }

    /**
     * {@code $at}: re-points this view. Re-pointing within the same segment, as a loop over a
     * batch does, stores no reference (a reference store costs a GC write barrier on every
     * call); moving to another segment takes the child views along, so a child kept from
     * before follows its parent, into released memory when the runtime ends a sample.
     */
    private MethodSpec at() {
        MethodSpec.Builder at = MethodSpec.methodBuilder(AT).returns(name)
                .addParameter(MEMORY_SEGMENT, "segment").addParameter(TypeName.LONG, "offset")
                .addJavadoc("{@code wrap} without the bounds check, for a parent view of this package whose own check"
                        + " covers this value.\n")
                .beginControlFlow("if ($N != segment)", SEGMENT)
                .addStatement("$N = segment", SEGMENT);
        if (!follow.isEmpty()) {
            at.addStatement("$N = offset", OFFSET).addStatement("$N()", FOLLOW).addStatement("return this");
        }
        return at.endControlFlow().addStatement("$N = offset", OFFSET).addStatement("return this").build();
    }

    /** {@code $follow}: points every child view at its place in this view's segment (a rare path, kept out of {@code $at}). */
    private MethodSpec follow() {
        return MethodSpec.methodBuilder(FOLLOW).addModifiers(Modifier.PRIVATE).addCode(follow.build()).build();
    }

    static FieldSpec constant(TypeName type, String name, CodeBlock value, String doc) {
        return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL).initializer(value)
                .addJavadoc("$L\n", doc).build();
    }

    ClassName name() {
        return name;
    }

    TypeSpec.Builder type() {
        return type;
    }

    AccessLayouts layouts() {
        return layouts;
    }

    /** Adds a class-initialisation check that {@code actual} (an expression over LAYOUT) is {@code expected}. */
    void check(String what, CodeBlock actual, CodeBlock expected) {
        checks.addStatement("$N($S, $L, $L)", CHECK, what, actual, expected);
    }

    /**
     * The field holding a child view of the given class, created with this view; {@code key}
     * names it. {@code repoint} is the expression that points it at its value, in terms of
     * {@code $segment}, {@code $offset} and, for an element, {@code index}: the child follows
     * this view to another segment with it, an element to the index it was last read at.
     *
     * @return the statements of a getter that re-point the child and return it
     */
    CodeBlock child(ClassName view, String key, boolean element, CodeBlock repoint) {
        String field = "$" + key;
        String lastIndex = field + "$index";
        if (!children.containsKey(field)) {
            children.put(field, FieldSpec.builder(view, field, Modifier.PRIVATE, Modifier.FINAL)
                    .initializer("new $T()", view).build());
            if (element) {
                children.put(lastIndex, FieldSpec.builder(TypeName.INT, lastIndex, Modifier.PRIVATE).build());
                follow.add("{\n$>").addStatement("int index = $N", lastIndex)
                        .addStatement("$N.$L", field, repoint).add("$<}\n");
            } else {
                follow.addStatement("$N.$L", field, repoint);
            }
        }
        CodeBlock.Builder getter = CodeBlock.builder();
        if (element) {
            getter.addStatement("$N = index", lastIndex);
        }
        return getter.addStatement("return $N.$L", field, repoint).build();
    }

    TypeSpec build() {
        constants.forEach(type::addField);
        layouts.fields().forEach(type::addField);
        type.addField(FieldSpec.builder(MEMORY_SEGMENT, SEGMENT, Modifier.PRIVATE).build());
        type.addField(FieldSpec.builder(TypeName.LONG, OFFSET, Modifier.PRIVATE).build());
        children.values().forEach(type::addField);
        type.addMethod(at());
        if (!follow.isEmpty()) {
            type.addMethod(follow());
        }
        type.addStaticBlock(checks.build());
        type.addMethod(MethodSpec.methodBuilder(CHECK).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(String.class, "what").addParameter(TypeName.LONG, "actual")
                .addParameter(TypeName.LONG, "expected")
                .beginControlFlow("if (actual != expected)")
                .addStatement("throw new $T($S + what + $S + actual + $S + expected + $S)",
                        IllegalStateException.class, name.simpleName() + ".LAYOUT: ", " is ",
                        ", but iox-schema computed ", " for " + target)
                .endControlFlow().build());
        type.alwaysQualify(VARIABLES.toArray(String[]::new));
        return type.build();
    }
}

package io.ioxschema.gen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.ioxschema.model.EnumDef;
import io.ioxschema.model.Primitive;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The getters and fluent setters of one value at one {@link Place} of a view: plain values
 * through the view's value layouts, enums typed and raw, everything else through a child view
 * that is re-pointed, never allocated, on each access.
 */
final class Accessors {

    private static final String RETURNS_THIS = "@return this view";
    private static final String UNSIGNED_64 = "Unsigned: the {@code long} holds the bits; read them with"
            + " {@link Long#toUnsignedString(long)} and {@link Long#compareUnsigned(long, long)}.";

    private static final String STATIC_NOTE = "Static form: the field of the struct at {@code offset} in"
            + " {@code segment}, without a view; a loop over many structs calls it directly.";

    private final ViewClass view;
    private final JavaTypes types;

    Accessors(ViewClass view, JavaTypes types) {
        this.view = view;
        this.types = types;
    }

    void add(Place place, Shape shape) {
        switch (shape) {
            case Shape.Scalar s -> scalar(place, s.primitive(), place.get(), place.set(), flagsNote(s.flags()));
            case Shape.Enumerated e -> enumerated(place, e);
            case Shape.Wide w -> {
                viewGetter(place, place.get(), "", w, flagsNote(w.flags()));
                setThroughView(place, JavaTypes.BIG_INTEGER, "set", "@throws IllegalArgumentException if the value is"
                        + " outside " + w.primitive().keyword());
            }
            case Shape.Text t -> {
                viewGetter(place, place.get(), "", t, "");
                setThroughView(place, JavaTypes.STRING, "set", "@throws IllegalArgumentException if its UTF-8 bytes"
                        + " exceed " + t.type().capacity() + " or contain NUL");
            }
            case Shape.Struct s -> {
                viewGetter(place, place.get(), "", s, "");
                setThroughView(place, JavaTypes.record(s.def()), "fromRecord",
                        "@throws IllegalArgumentException if a value does not fit");
            }
            case Shape.Vec v -> {
                viewGetter(place, place.get(), "", v, "");
                setThroughView(place, types.list(v.type().element()), "fromList",
                        "@throws IllegalArgumentException if there are more than " + v.type().capacity()
                                + " values, or one does not fit");
            }
            case Shape.Array a -> {
                viewGetter(place, place.get(), "", a, "");
                setThroughView(place, types.list(a.type().element()), "fromList",
                        "@throws IllegalArgumentException if there are not " + a.type().length()
                                + " values, or one does not fit");
            }
        }
    }

    private void scalar(Place place, Primitive primitive, String get, String set, String note) {
        TypeName type = JavaTypes.value(primitive);
        String unsigned = primitive == Primitive.U64 ? UNSIGNED_64 : "";
        String range = primitive.kind() == Primitive.Kind.UNSIGNED && primitive.bits() < 64
                ? "@throws IllegalArgumentException if the value is outside 0 to " + primitive.max() : "";
        MethodSpec.Builder getter = method(place, get, type, List.of(note, unsigned), List.of()).addCode(place.guard());
        MethodSpec.Builder setter = method(place, set, view.name(), List.of(note, unsigned), List.of(RETURNS_THIS, range))
                .addParameter(type, "value").addCode(place.guard());
        if (place.index()) {
            getter.addStatement("return $L", ScalarCode.read(primitive, ViewClass.SEGMENT, place.offset(), view.layouts()));
            setter.addCode(ScalarCode.write(primitive, ViewClass.SEGMENT, place.offset(), "value", place.what(),
                    view.layouts()));
        } else {
            staticScalar(place, primitive, get, set, type, List.of(note, unsigned, STATIC_NOTE), range);
            getter.addStatement("return $N($N, $N)", get, ViewClass.SEGMENT, ViewClass.OFFSET);
            setter.addStatement("$N($N, $N, value)", set, ViewClass.SEGMENT, ViewClass.OFFSET);
        }
        view.type().addMethod(getter.build());
        view.type().addMethod(setter.addStatement("return this").build());
    }

    /**
     * The static getter and setter of a scalar field of the struct at {@code offset} in
     * {@code segment}: the view's accessors call them, and a loop over many structs calls them
     * directly, with nothing stored per struct (re-pointing a view stores its offset each time).
     */
    private void staticScalar(Place place, Primitive primitive, String get, String set, TypeName type,
                              List<String> notes, String range) {
        CodeBlock at = place.fieldOffset() == 0 ? CodeBlock.of("offset")
                : CodeBlock.of("offset + $L", place.fieldOffset());
        view.type().addMethod(method(place, get, type, notes, List.of()).addModifiers(Modifier.STATIC)
                .addParameter(ViewClass.MEMORY_SEGMENT, "segment").addParameter(TypeName.LONG, "offset")
                .addStatement("return $L", ScalarCode.read(primitive, "segment", at, view.layouts())).build());
        view.type().addMethod(method(place, set, TypeName.VOID, notes, List.of(range)).addModifiers(Modifier.STATIC)
                .addParameter(ViewClass.MEMORY_SEGMENT, "segment").addParameter(TypeName.LONG, "offset")
                .addParameter(type, "value")
                .addCode(ScalarCode.write(primitive, "segment", at, "value", place.what(), view.layouts())).build());
    }

    private void enumerated(Place place, Shape.Enumerated shape) {
        EnumDef def = shape.def();
        ClassName enumType = JavaTypes.type(def);
        String unknown = "@return the value, or {@code null} if the bytes hold a value {@link " + def.name()
                + "} does not declare (written by another language or a newer schema); {@code " + place.getRaw()
                + "} reads it";
        MethodSpec.Builder getter = method(place, place.get(), enumType, List.of(), List.of(unknown));
        MethodSpec.Builder setter = method(place, place.set(), view.name(), List.of(), List.of(RETURNS_THIS))
                .addParameter(enumType, "value")
                .addStatement("$T.requireNonNull(value, $S)", ViewClass.OBJECTS, place.what());
        String raw = "The raw value of the {@link " + def.name() + "}, also one it does not declare.";
        if (shape.wide()) {
            getter.addStatement("$T raw = $N($L)", types.view(shape), place.getRaw(), place.arguments())
                    .addStatement("return $T.of(raw.low(), raw.high())", enumType);
            setter.addStatement("$N($L).set(value.low(), value.high())", place.getRaw(), place.arguments());
        } else {
            getter.addStatement("return $T.of($N($L))", enumType, place.getRaw(), place.arguments());
            setter.addStatement("$N($L)", place.setRaw(), place.argumentsAnd("value.value()"));
        }
        view.type().addMethod(getter.build());
        view.type().addMethod(setter.addStatement("return this").build());
        if (shape.wide()) {
            viewGetter(place, place.getRaw(), "Raw", shape, raw);
        } else {
            scalar(place, def.base(), place.getRaw(), place.setRaw(), raw);
        }
    }

    /** A getter that re-points the child view at the value and returns it. */
    private void viewGetter(Place place, String name, String keySuffix, Shape shape, String note) {
        ClassName child = types.view(shape);
        // This view's own bounds check covers the child; one of another package only has wrap.
        CodeBlock repoint = CodeBlock.of("$N($N, $L)",
                child.packageName().equals(view.name().packageName()) ? ViewClass.AT : "wrap",
                ViewClass.SEGMENT, place.offset());
        view.type().addMethod(method(place, name, child, List.of(note), List.of("@return a view of the value;"
                        + " this view returns the same one, re-pointed, on every call; it follows this view when"
                        + " this view is wrapped into another segment"))
                .addCode(place.guard())
                .addCode(view.child(child, place.key() + keySuffix, place.index(), repoint)).build());
    }

    /** A fluent setter that stores a plain Java value through the child view's {@code store} method. */
    private void setThroughView(Place place, TypeName valueType, String store, String throwsDoc) {
        view.type().addMethod(method(place, place.set(), view.name(), List.of(), List.of(RETURNS_THIS, throwsDoc))
                .addParameter(valueType, "value")
                .addStatement("$N($L).$N(value)", place.get(), place.arguments(), store)
                .addStatement("return this").build());
    }

    /** A public accessor with the place's parameters and Javadoc: its doc, paragraphs, then tags. */
    private static MethodSpec.Builder method(Place place, String name, TypeName returns, List<String> paragraphs,
                                             List<String> tags) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(returns)
                .addParameters(place.parameters()).addJavadoc(javadoc(place.doc(), paragraphs, tags));
    }

    static CodeBlock javadoc(CodeBlock doc, List<String> paragraphs, List<String> tags) {
        CodeBlock.Builder out = doc.toBuilder();
        List<String> present = new ArrayList<>(paragraphs.stream().filter(p -> !p.isEmpty()).toList());
        for (String paragraph : present) {
            out.add(doc.isEmpty() && paragraph == present.getFirst() ? "$L\n" : "\n<p>$L\n", paragraph);
        }
        List<String> tagLines = tags.stream().filter(t -> !t.isEmpty()).toList();
        if (!tagLines.isEmpty()) {
            out.add("\n");
            tagLines.forEach(t -> out.add("$L\n", t));
        }
        return out.build();
    }

    private static String flagsNote(EnumDef flags) {
        return flags == null ? "" : "The bits of the flags {@link " + JavaTypes.type(flags).canonicalName()
                + "}; its static helpers test and change them.";
    }
}

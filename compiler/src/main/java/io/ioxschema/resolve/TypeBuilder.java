package io.ioxschema.resolve;

import io.ioxschema.diag.Diagnostics;
import io.ioxschema.model.Doc;
import io.ioxschema.model.EnumDef;
import io.ioxschema.model.EnumValue;
import io.ioxschema.model.FieldDef;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.Primitive;
import io.ioxschema.model.StructDef;
import io.ioxschema.model.TypeDef;
import io.ioxschema.naming.NameKind;
import io.ioxschema.syntax.Ast;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Builds the model's structs, enums and flags from their declarations, reporting what is wrong. */
final class TypeBuilder {

    private final SymbolTable symbols;
    private final NumberReader numbers;
    private final Diagnostics diagnostics;
    private final Map<Symbol, Optional<TypeDef>> built = new HashMap<>();
    private Set<Symbol> recursive = Set.of();

    TypeBuilder(SymbolTable symbols, NumberReader numbers, Diagnostics diagnostics) {
        this.symbols = symbols;
        this.numbers = numbers;
        this.diagnostics = diagnostics;
    }

    void checkRecursion(List<Symbol> structs) {
        recursive = new RecursionCheck((n, file) -> symbols.lookup(n.name(), file, "type"), diagnostics).run(structs);
    }

    Optional<TypeDef> build(Symbol symbol) {
        Optional<TypeDef> known = built.get(symbol);
        if (known != null) {
            return known;
        }
        Optional<TypeDef> result = switch (symbol.declaration()) {
            case Ast.Struct s -> recursive.contains(symbol) ? Optional.empty() : struct(s, symbol.file());
            case Ast.Enum e -> enumeration(e, symbol.file());
            default -> Optional.empty();
        };
        built.put(symbol, result);
        return result;
    }

    /** Resolves a type as written in {@code file}; {@code what} names its use for messages. */
    Optional<FieldType> fieldType(Ast.Type type, LoadedFile file) {
        return switch (type) {
            case Ast.PrimitiveType p -> Primitive.byKeyword(p.keyword()).map(FieldType.Scalar::new);
            case Ast.NamedType n -> named(n, file);
            case Ast.ArrayType a -> {
                Optional<FieldType> element = fieldType(a.element(), file);
                Optional<Long> length = numbers.count(a.length(), file, "array length", 1, Limits.MAX_COUNT);
                yield element.isPresent() && length.isPresent()
                        ? Optional.of(new FieldType.Array(element.get(), length.get())) : Optional.empty();
            }
            case Ast.StringType s -> numbers.count(s.capacity(), file, "string capacity", 1, Limits.MAX_COUNT)
                    .map(FieldType.FixedString::new);
            case Ast.VecType v -> {
                Optional<FieldType> element = fieldType(v.element(), file);
                Optional<Long> capacity = numbers.count(v.capacity(), file, "vec capacity", 1, Limits.MAX_COUNT);
                yield element.isPresent() && capacity.isPresent()
                        ? Optional.of(new FieldType.FixedVec(element.get(), capacity.get())) : Optional.empty();
            }
        };
    }

    private Optional<FieldType> named(Ast.NamedType type, LoadedFile file) {
        Optional<Symbol> symbol = symbols.lookup(type.name(), file, "type");
        if (symbol.isEmpty()) {
            return Optional.empty();
        }
        if (!symbol.get().isType()) {
            diagnostics.error(type.span(), "'" + type.name().text() + "' is a constant, not a type");
            return Optional.empty();
        }
        return build(symbol.get()).map(def -> switch (def) {
            case StructDef s -> new FieldType.StructRef(s);
            case EnumDef e -> new FieldType.EnumRef(e);
        });
    }

    private Optional<TypeDef> struct(Ast.Struct decl, LoadedFile file) {
        String name = decl.name().text();
        Attributes attributes = Attributes.check(decl.attributes(), Set.of(Attributes.TYPE_NAME, Attributes.ALIGN),
                "a struct", diagnostics);
        String typeName = attributes.string(Attributes.TYPE_NAME)
                .filter(t -> NameRules.checkTypeName(t, diagnostics)).map(Ast.StringLiteral::value).orElse(name);
        OptionalLong align = alignment(attributes, file);
        if (decl.fields().isEmpty()) {
            diagnostics.error(decl.name().span(), "struct '" + name + "' has no fields; empty structs are not"
                    + " allowed (C and Rust disagree on their size)");
            return Optional.empty();
        }
        List<FieldDef> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean complete = true;
        for (Ast.Field field : decl.fields()) {
            if (!seen.add(field.name().text())) {
                diagnostics.error(field.name().span(), "duplicate field '" + field.name().text() + "' in struct '"
                        + name + "'");
                complete = false;
                continue;
            }
            Optional<FieldDef> built = field(field, file);
            complete &= built.isPresent();
            built.ifPresent(fields::add);
        }
        return complete ? Optional.of(new StructDef(name, file.packageName(), typeName, align, fields,
                doc(decl.doc()), decl.name().span())) : Optional.empty();
    }

    private Optional<FieldDef> field(Ast.Field field, LoadedFile file) {
        Attributes attributes = Attributes.check(field.attributes(), Set.of(Attributes.ALIGN), "a field", diagnostics);
        NameRules.checkTargetLanguages(field.name().text(), NameKind.MEMBER, field.name().span(), diagnostics);
        OptionalLong align = alignment(attributes, file);
        return fieldType(field.type(), file)
                .map(type -> new FieldDef(field.name().text(), type, align, doc(field.doc()), field.name().span()));
    }

    private OptionalLong alignment(Attributes attributes, LoadedFile file) {
        Optional<Long> value = attributes.expr(Attributes.ALIGN).flatMap(e -> numbers.alignment(e, file));
        return value.map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    private Optional<TypeDef> enumeration(Ast.Enum decl, LoadedFile file) {
        String kind = decl.isFlags() ? "flags type" : "enum";
        Attributes.check(decl.attributes(), Set.of(), "an " + (decl.isFlags() ? "flags type" : "enum"), diagnostics);
        Optional<Primitive> base = decl.base() instanceof Ast.PrimitiveType p
                ? Primitive.byKeyword(p.keyword()).filter(Primitive::isInteger) : Optional.empty();
        if (base.isEmpty()) {
            diagnostics.error(decl.base().span(), "the base type of " + (decl.isFlags() ? "a flags type" : "an enum")
                    + " must be an integer type (u8 ... u128, i8 ... i128)");
        }
        if (decl.members().isEmpty()) {
            diagnostics.error(decl.name().span(), kind + " '" + decl.name().text() + "' has no values");
            return Optional.empty();
        }
        List<EnumValue> values = enumValues(decl, file, base);
        if (base.isEmpty() || values.size() != decl.members().size()) {
            return Optional.empty();
        }
        return Optional.of(new EnumDef(decl.name().text(), file.packageName(), decl.isFlags(), base.get(), values,
                doc(decl.doc()), decl.name().span()));
    }

    /** Values in order; an omitted one follows the previous (enum) or takes the next free bit (flags). */
    private List<EnumValue> enumValues(Ast.Enum decl, LoadedFile file, Optional<Primitive> base) {
        List<EnumValue> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        BigInteger previous = null;
        BigInteger usedBits = BigInteger.ZERO;
        for (Ast.EnumMember member : decl.members()) {
            String name = member.name().text();
            if (!seen.add(name)) {
                diagnostics.error(member.name().span(), "duplicate value name '" + name + "' in '"
                        + decl.name().text() + "'");
                continue;
            }
            Optional<BigInteger> value;
            if (member.value().isPresent()) {
                value = numbers.constants().evaluate(member.value().get(), file);
            } else if (decl.isFlags()) {
                value = Optional.of(BigInteger.ONE.shiftLeft(usedBits.signum() <= 0 ? 0 : usedBits.bitLength()));
            } else {
                value = Optional.of(previous == null ? BigInteger.ZERO : previous.add(BigInteger.ONE));
            }
            if (value.isEmpty()) {
                continue;
            }
            if (base.isPresent() && !base.get().fits(value.get())) {
                diagnostics.error(member.value().map(Ast.Expr::span).orElse(member.name().span()),
                        "value " + value.get() + " of '" + name + "' is out of range for " + base.get()
                                + " (" + base.get().min() + " to " + base.get().max() + ")");
                continue;
            }
            previous = value.get();
            usedBits = usedBits.or(value.get().signum() < 0 ? BigInteger.ZERO : value.get());
            NameRules.checkTargetLanguages(name, NameKind.MEMBER, member.name().span(), diagnostics);
            values.add(new EnumValue(name, value.get(), doc(member.doc()), member.name().span()));
        }
        return values;
    }

    static Doc doc(Ast.Doc doc) {
        return doc.isEmpty() ? Doc.NONE : new Doc(doc.lines());
    }
}

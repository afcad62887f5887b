package io.ioxschema.syntax;

import io.ioxschema.source.SourceFile;
import io.ioxschema.source.SourceSpan;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * The syntax tree of one schema file: what was written, with its place, and nothing
 * resolved. Later phases read this and never see parse trees or tokens.
 */
public final class Ast {

    private Ast() {
    }

    public record File(SourceFile source, Optional<QualifiedName> packageName,
                       List<Import> imports, List<Declaration> declarations) {
    }

    public record Import(String path, SourceSpan span) {
    }

    public record Name(String text, SourceSpan span) {
    }

    public record QualifiedName(List<Name> parts, SourceSpan span) {
        public String text() {
            return String.join(".", parts.stream().map(Name::text).toList());
        }

        public Name last() {
            return parts.getLast();
        }
    }

    /** A {@code ///} comment, line by line, without the slashes. */
    public record Doc(List<String> lines) {
        public static final Doc NONE = new Doc(List.of());

        public boolean isEmpty() {
            return lines.isEmpty();
        }
    }

    public record Attribute(Name name, Optional<AttributeArgument> argument, SourceSpan span) {
    }

    public sealed interface AttributeArgument permits StringLiteral, Expr {
    }

    public record StringLiteral(String value, SourceSpan span) implements AttributeArgument {
    }

    public sealed interface Declaration permits Const, Enum, Struct, Service {
        List<Attribute> attributes();

        Doc doc();

        SourceSpan span();
    }

    public record Const(Name name, Optional<Type> type, Expr value, List<Attribute> attributes,
                        Doc doc, SourceSpan span) implements Declaration {
    }

    public record Enum(Name name, boolean isFlags, Type base, List<EnumMember> members,
                       List<Attribute> attributes, Doc doc, SourceSpan span) implements Declaration {
    }

    public record EnumMember(Name name, Optional<Expr> value, Doc doc) {
    }

    public record Struct(Name name, List<Field> fields, List<Attribute> attributes,
                         Doc doc, SourceSpan span) implements Declaration {
    }

    public record Field(Name name, Type type, List<Attribute> attributes, Doc doc) {
    }

    public enum Pattern { PUBLISH_SUBSCRIBE, REQUEST_RESPONSE, EVENT }

    public record Service(StringLiteral name, Pattern pattern, List<Setting> settings,
                          List<Attribute> attributes, Doc doc, SourceSpan span) implements Declaration {
    }

    /** A service setting; its value is a type or an expression, as written. */
    public record Setting(Name key, SettingValue value) {
    }

    public sealed interface SettingValue permits Type, Expr {
        SourceSpan span();
    }

    public sealed interface Type extends SettingValue
            permits PrimitiveType, NamedType, ArrayType, StringType, VecType {
    }

    public record PrimitiveType(String keyword, SourceSpan span) implements Type {
    }

    public record NamedType(QualifiedName name, SourceSpan span) implements Type {
    }

    public record ArrayType(Type element, Expr length, SourceSpan span) implements Type {
    }

    public record StringType(Expr capacity, SourceSpan span) implements Type {
    }

    public record VecType(Type element, Expr capacity, SourceSpan span) implements Type {
    }

    public sealed interface Expr extends SettingValue, AttributeArgument
            permits IntLiteral, ConstRef, Unary, Binary {
    }

    public record IntLiteral(BigInteger value, SourceSpan span) implements Expr {
    }

    public record ConstRef(QualifiedName name, SourceSpan span) implements Expr {
    }

    public record Unary(String operator, Expr operand, SourceSpan span) implements Expr {
    }

    public record Binary(String operator, Expr left, Expr right, SourceSpan span) implements Expr {
    }
}

package io.ioxschema.syntax;

import io.ioxschema.diag.Diagnostics;
import io.ioxschema.grammar.IoxSchemaParser;
import io.ioxschema.grammar.IoxSchemaParser.AttributeContext;
import io.ioxschema.grammar.IoxSchemaParser.ExprContext;
import io.ioxschema.grammar.IoxSchemaParser.TypeRefContext;
import io.ioxschema.source.SourceFile;
import io.ioxschema.source.SourceSpan;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Builds the syntax tree from a parse tree that has no syntax errors. */
final class AstBuilder {

    private final SourceFile source;
    private final DocComments docs;
    private final LiteralReader literals;

    AstBuilder(SourceFile source, CommonTokenStream tokens, Diagnostics diagnostics) {
        this.source = source;
        this.docs = new DocComments(tokens);
        this.literals = new LiteralReader(diagnostics);
    }

    Ast.File build(IoxSchemaParser.SchemaContext tree) {
        Optional<Ast.QualifiedName> packageName = Optional.ofNullable(tree.packageDecl())
                .map(p -> qualifiedName(p.qualifiedName()));
        List<Ast.Import> imports = tree.importDecl().stream()
                .map(i -> new Ast.Import(literals.string(i.STRING().getSymbol(), span(i.STRING())).value(),
                        span(i.STRING())))
                .toList();
        List<Ast.Declaration> declarations = tree.declaration().stream().map(this::declaration).toList();
        return new Ast.File(source, packageName, imports, declarations);
    }

    private Ast.Declaration declaration(IoxSchemaParser.DeclarationContext ctx) {
        if (ctx.constDecl() != null) {
            return constant(ctx.constDecl());
        }
        if (ctx.enumDecl() != null) {
            return enumeration(ctx.enumDecl());
        }
        if (ctx.structDecl() != null) {
            return struct(ctx.structDecl());
        }
        return service(ctx.serviceDecl());
    }

    private Ast.Const constant(IoxSchemaParser.ConstDeclContext ctx) {
        return new Ast.Const(name(ctx.IDENT()), Optional.ofNullable(ctx.typeRef()).map(this::type),
                expr(ctx.expr()), attributes(ctx.attribute()), docs.leading(ctx), span(ctx.IDENT()));
    }

    private Ast.Enum enumeration(IoxSchemaParser.EnumDeclContext ctx) {
        List<Ast.EnumMember> members = ctx.enumMember().stream()
                .map(m -> new Ast.EnumMember(name(m.IDENT()), Optional.ofNullable(m.expr()).map(this::expr),
                        docs.member(m)))
                .toList();
        boolean isFlags = ctx.kind.getType() == IoxSchemaParser.FLAGS;
        return new Ast.Enum(name(ctx.IDENT()), isFlags, type(ctx.typeRef()), members,
                attributes(ctx.attribute()), docs.leading(ctx), span(ctx.IDENT()));
    }

    private Ast.Struct struct(IoxSchemaParser.StructDeclContext ctx) {
        List<Ast.Field> fields = ctx.field().stream()
                .map(f -> new Ast.Field(name(f.IDENT()), type(f.typeRef()), attributes(f.attribute()),
                        docs.member(f)))
                .toList();
        return new Ast.Struct(name(ctx.IDENT()), fields, attributes(ctx.attribute()), docs.leading(ctx),
                span(ctx.IDENT()));
    }

    private Ast.Service service(IoxSchemaParser.ServiceDeclContext ctx) {
        Ast.Pattern pattern = switch (ctx.pattern.getType()) {
            case IoxSchemaParser.PUBLISH_SUBSCRIBE -> Ast.Pattern.PUBLISH_SUBSCRIBE;
            case IoxSchemaParser.REQUEST_RESPONSE -> Ast.Pattern.REQUEST_RESPONSE;
            default -> Ast.Pattern.EVENT;
        };
        List<Ast.Setting> settings = ctx.serviceSetting().stream()
                .map(s -> new Ast.Setting(name(s.IDENT()),
                        s.typeRef() != null ? type(s.typeRef()) : expr(s.expr())))
                .toList();
        Ast.StringLiteral name = literals.string(ctx.STRING().getSymbol(), span(ctx.STRING()));
        return new Ast.Service(name, pattern, settings, attributes(ctx.attribute()), docs.leading(ctx),
                span(ctx.STRING()));
    }

    private List<Ast.Attribute> attributes(List<AttributeContext> contexts) {
        return contexts.stream().map(this::attribute).toList();
    }

    private Ast.Attribute attribute(AttributeContext ctx) {
        Optional<Ast.AttributeArgument> argument = Optional.empty();
        if (ctx.STRING() != null) {
            argument = Optional.of(literals.string(ctx.STRING().getSymbol(), span(ctx.STRING())));
        } else if (ctx.expr() != null) {
            argument = Optional.of(expr(ctx.expr()));
        }
        return new Ast.Attribute(name(ctx.IDENT()), argument, span(ctx));
    }

    private Ast.Type type(TypeRefContext ctx) {
        return switch (ctx) {
            case IoxSchemaParser.PrimitiveTypeContext p -> new Ast.PrimitiveType(p.PRIMITIVE().getText(), span(p));
            case IoxSchemaParser.NamedTypeContext n -> new Ast.NamedType(qualifiedName(n.qualifiedName()), span(n));
            case IoxSchemaParser.ArrayTypeContext a -> new Ast.ArrayType(type(a.typeRef()), expr(a.expr()), span(a));
            case IoxSchemaParser.StringTypeContext s -> new Ast.StringType(expr(s.expr()), span(s));
            case IoxSchemaParser.VecTypeContext v -> new Ast.VecType(type(v.typeRef()), expr(v.expr()), span(v));
            default -> throw new IllegalStateException("unknown type syntax " + ctx.getClass());
        };
    }

    private Ast.Expr expr(ExprContext ctx) {
        return switch (ctx) {
            case IoxSchemaParser.ParenExprContext p -> expr(p.expr());
            case IoxSchemaParser.UnaryExprContext u -> new Ast.Unary(u.op.getText(), expr(u.expr()), span(u));
            case IoxSchemaParser.BinaryExprContext b ->
                    new Ast.Binary(b.op.getText(), expr(b.expr(0)), expr(b.expr(1)), span(b.op));
            case IoxSchemaParser.IntLiteralContext i -> new Ast.IntLiteral(literals.integer(i.INT().getSymbol(),
                    span(i)), span(i));
            case IoxSchemaParser.ConstRefContext c -> new Ast.ConstRef(qualifiedName(c.qualifiedName()), span(c));
            default -> throw new IllegalStateException("unknown expression syntax " + ctx.getClass());
        };
    }

    private Ast.QualifiedName qualifiedName(IoxSchemaParser.QualifiedNameContext ctx) {
        return new Ast.QualifiedName(ctx.IDENT().stream().map(this::name).toList(), span(ctx));
    }

    private Ast.Name name(TerminalNode node) {
        return new Ast.Name(node.getText(), span(node));
    }

    private SourceSpan span(TerminalNode node) {
        return span(node.getSymbol());
    }

    private SourceSpan span(Token token) {
        return new SourceSpan(source, token.getLine(), token.getCharPositionInLine() + 1,
                token.getStopIndex() - token.getStartIndex() + 1);
    }

    /** The whole rule when it stays on one line, else its first token. */
    private SourceSpan span(ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop();
        if (stop == null || stop.getLine() != start.getLine()) {
            return span(start);
        }
        return new SourceSpan(source, start.getLine(), start.getCharPositionInLine() + 1,
                stop.getStopIndex() - start.getStartIndex() + 1);
    }
}

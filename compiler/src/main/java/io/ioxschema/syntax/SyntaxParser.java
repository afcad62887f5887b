package io.ioxschema.syntax;

import io.ioxschema.diag.Diagnostics;
import io.ioxschema.grammar.IoxSchemaLexer;
import io.ioxschema.grammar.IoxSchemaParser;
import io.ioxschema.source.SourceFile;
import java.util.Optional;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

/** Entry point of the syntax phase: schema text in, syntax tree (or diagnostics) out. */
public final class SyntaxParser {

    private SyntaxParser() {
    }

    /** Returns the tree when the file has no syntax errors; every error found goes to {@code diagnostics}. */
    public static Optional<Ast.File> parse(SourceFile source, Diagnostics diagnostics) {
        int errorsBefore = diagnostics.errorCount();
        SyntaxErrorListener listener = new SyntaxErrorListener(source, diagnostics);

        IoxSchemaLexer lexer = new IoxSchemaLexer(CharStreams.fromString(source.text(), source.displayName()));
        lexer.removeErrorListeners();
        lexer.addErrorListener(listener);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        listener.reportUnterminated(tokens);

        IoxSchemaParser parser = new IoxSchemaParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(listener);
        parser.setErrorHandler(new KeywordAsNameStrategy());
        IoxSchemaParser.SchemaContext tree = parser.schema();

        if (diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        Ast.File file = new AstBuilder(source, tokens, diagnostics).build(tree);
        return diagnostics.errorCount() > errorsBefore ? Optional.empty() : Optional.of(file);
    }
}

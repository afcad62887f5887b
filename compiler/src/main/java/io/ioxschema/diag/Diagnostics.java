package io.ioxschema.diag;

import io.ioxschema.source.SourceSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects the diagnostics of every phase of one run, so all of them are reported together. */
public final class Diagnostics {

    private final Set<Diagnostic> items = new LinkedHashSet<>();

    public void error(SourceSpan span, String message) {
        items.add(Diagnostic.error(span, message));
    }

    public void warning(SourceSpan span, String message) {
        items.add(Diagnostic.warning(span, message));
    }

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public int errorCount() {
        return (int) items.stream().filter(Diagnostic::isError).count();
    }

    /** In file order, then by position, so a report reads top to bottom. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> list = new ArrayList<>(items);
        list.sort(Comparator
                .comparing((Diagnostic d) -> d.span().map(s -> s.file().displayName()).orElse(""))
                .thenComparingInt(d -> d.span().map(SourceSpan::line).orElse(0))
                .thenComparingInt(d -> d.span().map(SourceSpan::column).orElse(0)));
        return List.copyOf(list);
    }
}

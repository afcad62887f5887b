package io.ioxschema.cli.report;

import io.ioxschema.layout.FieldLayout;
import io.ioxschema.layout.Padding;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.layout.StructLayout;
import io.ioxschema.layout.TypeLayout;
import io.ioxschema.model.EnumDef;
import io.ioxschema.model.EnumValue;
import io.ioxschema.model.StructDef;
import io.ioxschema.model.TypeDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code layout --format table}: a pahole-like report for people. Fields and holes in
 * offset order, then totals.
 */
public final class LayoutTableReport {

    private static final String BOLD = "\u001b[1m";
    private static final String YELLOW = "\u001b[33m";
    private static final String RESET = "\u001b[0m";

    private final boolean color;

    public LayoutTableReport(boolean color) {
        this.color = color;
    }

    public String render(SchemaLayout layout, List<TypeDef> types) {
        StringBuilder out = new StringBuilder("target " + layout.target().name() + "\n");
        for (TypeDef type : types) {
            out.append('\n');
            switch (type) {
                case StructDef s -> struct(out, layout.of(s));
                case EnumDef e -> enumeration(out, e, layout.target().of(e.base()));
            }
        }
        return out.toString();
    }

    private record Row(long offset, String text) {
    }

    private void struct(StringBuilder out, StructLayout layout) {
        StructDef def = layout.struct();
        String typeName = def.typeName().equals(def.name()) ? "" : "  type name \"" + def.typeName() + "\"";
        out.append(paint(BOLD, "struct " + def.name())).append("  size ").append(layout.size())
                .append("  align ").append(layout.alignment()).append(typeName).append('\n');
        out.append("  ").append(right("offset", 8)).append(' ').append(right("size", 8)).append(' ')
                .append(right("align", 6)).append("  field\n");
        List<Row> rows = new ArrayList<>();
        for (FieldLayout field : layout.fields()) {
            rows.add(new Row(field.offset(), "  " + right(field.offset(), 8) + " " + right(field.size(), 8) + " "
                    + right(field.alignment(), 6) + "  " + field.name() + ": " + field.field().type().schemaText()));
        }
        for (Padding hole : layout.padding()) {
            rows.add(new Row(hole.offset(), paint(YELLOW, "  " + right(hole.offset(), 8) + " "
                    + right(hole.size(), 8) + " " + right("", 6) + "  /* " + plural(hole.size(), "byte") + " "
                    + (hole.offset() + hole.size() == layout.size() ? "tail padding" : "hole") + " */")));
        }
        rows.sort(Comparator.comparingLong(Row::offset));
        rows.forEach(r -> out.append(r.text()).append('\n'));
        long holeBytes = layout.padding().stream().mapToLong(Padding::size).sum();
        out.append("  total ").append(layout.size()).append(" bytes: ").append(layout.size() - holeBytes)
                .append(" in ").append(plural(layout.fields().size(), "field")).append(", ").append(holeBytes)
                .append(" padding in ").append(plural(layout.padding().size(), "hole")).append('\n');
    }

    private void enumeration(StringBuilder out, EnumDef def, TypeLayout base) {
        out.append(paint(BOLD, def.kindName() + " " + def.name())).append(" : ").append(def.base().keyword())
                .append("  size ").append(base.size()).append("  align ").append(base.alignment()).append('\n');
        for (EnumValue value : def.values()) {
            out.append("  ").append(left(value.name(), 24)).append(" = ").append(value.value()).append('\n');
        }
    }

    // Padding by hand rather than String.format: with String.format, `layout` took ~14 ms
    // more CPU per run (README, "Development notes"), a visible share of a ~100 ms command.
    private static String right(Object value, int width) {
        String text = String.valueOf(value);
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }

    private static String left(Object value, int width) {
        String text = String.valueOf(value);
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private String paint(String code, String text) {
        return color ? code + text + RESET : text;
    }
}

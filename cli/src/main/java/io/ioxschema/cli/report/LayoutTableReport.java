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
        out.append(String.format("  %8s %8s %6s  %s%n", "offset", "size", "align", "field"));
        List<Row> rows = new ArrayList<>();
        for (FieldLayout field : layout.fields()) {
            rows.add(new Row(field.offset(), String.format("  %8d %8d %6d  %s: %s", field.offset(), field.size(),
                    field.alignment(), field.name(), field.field().type().schemaText())));
        }
        for (Padding hole : layout.padding()) {
            rows.add(new Row(hole.offset(), paint(YELLOW, String.format("  %8d %8d %6s  /* %d byte%s %s */",
                    hole.offset(), hole.size(), "", hole.size(), hole.size() == 1 ? "" : "s",
                    hole.offset() + hole.size() == layout.size() ? "tail padding" : "hole"))));
        }
        rows.sort(Comparator.comparingLong(Row::offset));
        rows.forEach(r -> out.append(r.text()).append('\n'));
        long holeBytes = layout.padding().stream().mapToLong(Padding::size).sum();
        out.append(String.format("  total %d bytes: %d in %d field%s, %d padding in %d hole%s%n", layout.size(),
                layout.size() - holeBytes, layout.fields().size(), layout.fields().size() == 1 ? "" : "s",
                holeBytes, layout.padding().size(), layout.padding().size() == 1 ? "" : "s"));
    }

    private void enumeration(StringBuilder out, EnumDef def, TypeLayout base) {
        out.append(paint(BOLD, def.kindName() + " " + def.name())).append(" : ").append(def.base().keyword())
                .append("  size ").append(base.size()).append("  align ").append(base.alignment()).append('\n');
        for (EnumValue value : def.values()) {
            out.append(String.format("  %-24s = %s%n", value.name(), value.value()));
        }
    }

    private String paint(String code, String text) {
        return color ? code + text + RESET : text;
    }
}

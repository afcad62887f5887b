package io.ioxschema.cli.report;

import io.ioxschema.layout.FieldLayout;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.layout.StructLayout;
import io.ioxschema.layout.TypeLayout;
import io.ioxschema.model.EnumDef;
import io.ioxschema.model.StructDef;
import io.ioxschema.model.TypeDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code layout --format json}: the shape is a contract (see the spec); keys may be added,
 * the documented ones never change.
 */
public final class LayoutJsonReport {

    private LayoutJsonReport() {
    }

    public static String render(SchemaLayout layout, List<TypeDef> types) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("target", layout.target().name());
        root.put("types", types.stream().map(t -> type(layout, t)).toList());
        return Json.write(root);
    }

    private static Map<String, Object> type(SchemaLayout layout, TypeDef type) {
        return switch (type) {
            case StructDef s -> struct(layout, layout.of(s));
            case EnumDef e -> enumeration(layout, e);
        };
    }

    private static Map<String, Object> struct(SchemaLayout schemaLayout, StructLayout layout) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", layout.struct().name());
        json.put("kind", "struct");
        json.put("package", layout.struct().packageName());
        json.put("typeName", layout.struct().typeName());
        json.put("size", layout.size());
        json.put("alignment", layout.alignment());
        json.put("fields", layout.fields().stream().map(LayoutJsonReport::field).toList());
        json.put("padding", layout.padding().stream().map(p -> {
            Map<String, Object> hole = new LinkedHashMap<>();
            hole.put("offset", p.offset());
            hole.put("size", p.size());
            return hole;
        }).toList());
        return json;
    }

    private static Map<String, Object> field(FieldLayout field) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", field.name());
        json.put("type", field.field().type().schemaText());
        json.put("offset", field.offset());
        json.put("size", field.size());
        json.put("alignment", field.alignment());
        return json;
    }

    private static Map<String, Object> enumeration(SchemaLayout layout, EnumDef def) {
        TypeLayout base = layout.target().of(def.base());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", def.name());
        json.put("kind", def.kindName());
        json.put("package", def.packageName());
        json.put("size", base.size());
        json.put("alignment", base.alignment());
        json.put("base", def.base().keyword());
        json.put("values", def.values().stream().map(v -> {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("name", v.name());
            value.put("value", v.value());
            return value;
        }).toList());
        return json;
    }
}

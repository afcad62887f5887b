package io.ioxschema.gen;

import io.ioxschema.model.FieldType;
import io.ioxschema.model.Module;
import io.ioxschema.model.StructDef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A module's structs ordered so each comes after what it contains by value (the schema
 * allows forward references; C, C++ and Python class bodies do not), optionally with each
 * distinct {@code string<N>} / {@code vec<T, N>} placed just before its first use, for
 * languages that declare a named type per container instance.
 */
public final class DeclarationOrder {

    /** A struct or a container type, in the order a language must declare them. */
    public sealed interface Item permits StructItem, ContainerItem {
    }

    public record StructItem(StructDef struct) implements Item {
    }

    /** A {@code FieldType.FixedString} or {@code FieldType.FixedVec}. */
    public record ContainerItem(FieldType type) implements Item {
    }

    private DeclarationOrder() {
    }

    public static List<StructDef> structs(Module module) {
        return items(module).stream().filter(StructItem.class::isInstance).map(i -> ((StructItem) i).struct())
                .toList();
    }

    public static List<Item> items(Module module) {
        Set<String> own = new LinkedHashSet<>(module.structs().stream().map(StructDef::qualifiedName).toList());
        Set<String> placed = new LinkedHashSet<>();
        List<Item> ordered = new ArrayList<>();
        for (StructDef struct : module.structs()) {
            place(struct, own, placed, ordered);
        }
        return List.copyOf(ordered);
    }

    private static void place(StructDef struct, Set<String> own, Set<String> placed, List<Item> ordered) {
        if (!own.contains(struct.qualifiedName()) || !placed.add(struct.qualifiedName())) {
            return;
        }
        struct.fields().forEach(f -> dependencies(f.type()).forEach(d -> place(d, own, placed, ordered)));
        struct.fields().forEach(f -> containers(f.type(), placed, ordered));
        ordered.add(new StructItem(struct));
    }

    private static void containers(FieldType type, Set<String> placed, List<Item> ordered) {
        switch (type) {
            case FieldType.Array a -> containers(a.element(), placed, ordered);
            case FieldType.FixedVec v -> {
                containers(v.element(), placed, ordered);
                if (placed.add("container " + key(type))) {
                    ordered.add(new ContainerItem(type));
                }
            }
            case FieldType.FixedString s -> {
                if (placed.add("container " + key(type))) {
                    ordered.add(new ContainerItem(type));
                }
            }
            default -> {
            }
        }
    }

    /** Like the schema text, but with qualified struct and enum names, so equal keys mean equal types. */
    private static String key(FieldType type) {
        return switch (type) {
            case FieldType.StructRef r -> r.struct().qualifiedName();
            case FieldType.EnumRef e -> e.enumDef().qualifiedName();
            case FieldType.Array a -> "[" + key(a.element()) + "; " + a.length() + "]";
            case FieldType.FixedVec v -> "vec<" + key(v.element()) + ", " + v.capacity() + ">";
            default -> type.schemaText();
        };
    }

    /** The structs a field type contains by value. */
    public static List<StructDef> dependencies(FieldType type) {
        return switch (type) {
            case FieldType.StructRef r -> List.of(r.struct());
            case FieldType.Array a -> dependencies(a.element());
            case FieldType.FixedVec v -> dependencies(v.element());
            default -> List.of();
        };
    }
}

package io.ioxschema.gen;

import io.ioxschema.layout.FieldLayout;
import io.ioxschema.layout.Padding;
import io.ioxschema.layout.StructLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A struct's fields and holes merged in offset order, as every generator emits them. */
public final class Slots {

    private Slots() {
    }

    public static List<Slot> of(StructLayout layout) {
        List<Slot> slots = new ArrayList<>();
        for (FieldLayout field : layout.fields()) {
            slots.add(new Slot(field.offset(), field.size(), Optional.of(field), -1));
        }
        int index = 0;
        for (Padding hole : layout.padding()) {
            slots.add(new Slot(hole.offset(), hole.size(), Optional.empty(), index++));
        }
        slots.sort(Comparator.comparingLong(Slot::offset).thenComparing(s -> s.isPadding() ? 0 : 1));
        return List.copyOf(slots);
    }
}

package io.ioxschema.gen;

import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.layout.TypeLayout;
import io.ioxschema.model.FieldType;
import java.util.ArrayList;
import java.util.List;

/**
 * The members of an iceoryx2 container in offset order, holes explicit, for languages that
 * declare one struct per container instance: {@code string<N>} (StaticString: data,
 * terminator, padding, length, tail padding) and {@code vec<T, N>} (StaticVec: data,
 * padding, length, tail padding).
 */
public final class ContainerSlots {

    public enum Kind { DATA, TERMINATOR, PADDING, LENGTH }

    /** {@code name} is the member's conventional name: data, terminator, len, or {@code _iox_pad<N>}. */
    public record Member(Kind kind, String name, long offset, long size) {
    }

    private ContainerSlots() {
    }

    public static List<Member> of(SchemaLayout layout, FieldType type) {
        TypeLayout whole = layout.of(type);
        long lengthOffset = layout.lengthOffset(type);
        List<Member> members = new ArrayList<>();
        long dataEnd;
        if (type instanceof FieldType.FixedString s) {
            members.add(new Member(Kind.DATA, "data", 0, s.capacity()));
            members.add(new Member(Kind.TERMINATOR, "terminator", s.capacity(), 1));
            dataEnd = s.capacity() + 1;
        } else if (type instanceof FieldType.FixedVec v) {
            dataEnd = layout.of(v.element()).size() * v.capacity();
            members.add(new Member(Kind.DATA, "data", 0, dataEnd));
        } else {
            throw new IllegalArgumentException("not a container: " + type.schemaText());
        }
        if (lengthOffset > dataEnd) {
            members.add(new Member(Kind.PADDING, Slot.RESERVED_PREFIX + "pad0", dataEnd, lengthOffset - dataEnd));
        }
        members.add(new Member(Kind.LENGTH, "len", lengthOffset, 8));
        if (whole.size() > lengthOffset + 8) {
            members.add(new Member(Kind.PADDING, Slot.RESERVED_PREFIX + "pad1", lengthOffset + 8,
                    whole.size() - lengthOffset - 8));
        }
        return List.copyOf(members);
    }
}

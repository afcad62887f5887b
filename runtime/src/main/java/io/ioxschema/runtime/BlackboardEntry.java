package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.ADDRESS;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/** Finds an entry of a blackboard for a writer or reader: a native entry handle. */
final class BlackboardEntry {

    private BlackboardEntry() {
    }

    /**
     * {@code find(port, key, valueName, nameLength, size, alignment, out)} for the key and value
     * type, on the locked writer or reader {@code port}.
     */
    static MemorySegment find(MethodHandle find, NativeResource port, TypeDetails keyType, MemorySegment key,
            TypeDetails valueType) {
        return port.call((handle, arena) -> {
            Copies.require("key", key, keyType.size());
            MemorySegment nativeKey = arena.allocate(keyType.size(), keyType.alignment()).copyFrom(key);
            MemorySegment valueName = Native.utf8(arena, valueType.typeName());
            MemorySegment out = arena.allocate(ADDRESS);
            Native.check((int) find.invokeExact(handle, nativeKey, valueName, valueName.byteSize(), valueType.size(),
                    valueType.alignment(), out));
            return out.get(ADDRESS, 0);
        });
    }
}

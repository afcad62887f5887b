package io.ioxschema.runtime;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Reference;

/**
 * The raw payload and user-header segments of one sample, for callers that use
 * {@code payload()} rather than a generated view: made in a confined arena on first use and
 * closed when the sample ends, so a kept segment throws instead of touching reused memory.
 * Shared by loaned and received samples.
 */
final class RawSegments {

    private Arena arena;
    private MemorySegment payload;
    private MemorySegment header;

    /**
     * Opens the segments over {@code memory} unless they are open. The arena's cleanup keeps
     * {@code port} reachable while a segment is: the port's Cleaner must not unmap memory a
     * segment still points to.
     */
    void open(SampleMemory memory, long payloadSize, long headerSize, Object port, boolean readOnly) {
        if (arena != null) {
            return;
        }
        Arena opened = Arena.ofConfined();
        MemorySegment rawPayload = MemorySegment.ofAddress(memory.payloadAddress())
                .reinterpret(payloadSize, opened, ignored -> Reference.reachabilityFence(port));
        MemorySegment rawHeader = MemorySegment.ofAddress(memory.headerAddress()).reinterpret(headerSize, opened, null);
        payload = readOnly ? rawPayload.asReadOnly() : rawPayload;
        header = readOnly ? rawHeader.asReadOnly() : rawHeader;
        arena = opened;
    }

    MemorySegment payload() {
        return payload;
    }

    MemorySegment header() {
        return header;
    }

    void close() {
        if (arena != null) {
            arena.close();
            arena = null;
            payload = null;
            header = null;
        }
    }
}

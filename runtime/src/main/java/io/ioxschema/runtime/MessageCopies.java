package io.ioxschema.runtime;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Native buffers of a request-response port, one per message type it sends or receives: what a
 * caller passes is copied through them, so it may be any segment (heap or native) of exactly
 * the type's size. Used under the port's lock.
 */
final class MessageCopies {

    private final MemorySegment message;
    private final MemorySegment header;
    private final String what;

    /** @param headerType null when the messages carry no user header */
    MessageCopies(String what, TypeDetails type, TypeDetails headerType) {
        Arena arena = Arena.ofAuto();
        this.what = what;
        this.message = arena.allocate(type.size(), type.alignment());
        this.header = headerType == null ? MemorySegment.NULL : arena.allocate(headerType.size(), headerType.alignment());
    }

    /** The native copy of an outgoing message. */
    MemorySegment message(MemorySegment from) {
        Copies.require(what, from, message.byteSize());
        MemorySegment.copy(from, 0, message, 0, from.byteSize());
        return message;
    }

    /** The native copy of an outgoing header; NULL (zeroes) when there is none or {@code from} is null. */
    MemorySegment header(MemorySegment from) {
        if (from == null) {
            return MemorySegment.NULL;
        }
        if (header.equals(MemorySegment.NULL)) {
            throw new IllegalArgumentException("the service's " + what + "s carry no user header");
        }
        Copies.require(what + " header", from, header.byteSize());
        MemorySegment.copy(from, 0, header, 0, from.byteSize());
        return header;
    }

    /** The buffer an incoming message is copied into. */
    MemorySegment messageBuffer() {
        return message;
    }

    MemorySegment headerBuffer() {
        return header;
    }

    /** Copies what arrived to the caller's segments (the header only when asked for and present). */
    void deliver(MemorySegment to, MemorySegment headerTo) {
        Copies.require(what, to, message.byteSize());
        MemorySegment.copy(message, 0, to, 0, to.byteSize());
        if (headerTo != null) {
            if (header.equals(MemorySegment.NULL)) {
                throw new IllegalArgumentException("the service's " + what + "s carry no user header");
            }
            Copies.require(what + " header", headerTo, header.byteSize());
            MemorySegment.copy(header, 0, headerTo, 0, headerTo.byteSize());
        }
    }
}

package io.ioxschema.bench.pingpong;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Writes and reads message bytes at a native address, the same way in every language
 * (benchmarks/README.md, "Protocol"): the first 8 bytes carry the sequence number
 * (little-endian u64), so each side checks it got the message it expected; full mode writes
 * the sequence number into every 8-byte word and reads every word back, so the cost of
 * touching the whole payload shows. Sizes are multiples of 8.
 */
public final class Payload {

    /** All of the address space: reads and writes at absolute addresses, without a segment per message. */
    @SuppressWarnings("restricted") // the harness runs with --enable-native-access
    private static final MemorySegment ALL = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED;

    private Payload() {
    }

    // The full-mode loops count with the address itself: C2 compiles that long induction variable
    // to a much tighter loop than an int offset added to the address (a write and a read of 1 MiB:
    // 37 against 67 us).
    public static void write(long address, int size, Options.Mode mode, long sequence) {
        if (mode == Options.Mode.FULL) {
            long end = address + size;
            for (long at = address; at < end; at += 8) {
                ALL.set(LONG, at, sequence);
            }
        } else {
            ALL.set(LONG, address, sequence);
        }
    }

    /** The sequence number; in full mode every word is read too, and a wrong one fails the run. */
    public static long read(long address, int size, Options.Mode mode) {
        long sequence = ALL.get(LONG, address);
        if (mode == Options.Mode.FULL) {
            long sum = 0;
            long end = address + size;
            for (long at = address; at < end; at += 8) {
                sum += ALL.get(LONG, at);
            }
            if (sum != sequence * (size / 8)) {
                throw new IllegalStateException("message " + sequence + " arrived with wrong bytes");
            }
        }
        return sequence;
    }
}

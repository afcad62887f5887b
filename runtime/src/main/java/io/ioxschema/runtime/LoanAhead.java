package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;

/**
 * The sample a publisher's send loans ahead for its next loan, in the same native call, so a
 * publisher that sends one message after another makes one call per message instead of two.
 * A send asks for one only while loans repeat (the same length and zeroing twice in a row):
 * a publisher whose lengths vary would otherwise loan samples only to give them back.
 *
 * <p>The sample ahead is one of the publisher's loans, so it never exceeds the publisher's
 * limit: a send frees the loan it takes. Used by the publisher's thread only.
 */
final class LoanAhead {

    private long slot = Native.UNSET;
    private long payloadAddress;
    private long headerAddress;
    private long length;
    private int zeroed;

    private long lastLength = -1;
    private int lastZeroed = -1;
    private boolean repeating;

    /**
     * Notes a loan of {@code length} elements ({@code zeroed} 1 or 0) and says whether the
     * sample ahead serves it; then {@link #takeSlot()} hands the sample ahead out, or gives its
     * slot to discard.
     */
    boolean serves(long length, int zeroed) {
        repeating = length == lastLength && zeroed == lastZeroed;
        lastLength = length;
        lastZeroed = zeroed;
        // A zeroed sample serves an uninitialised loan too.
        return slot != Native.UNSET && this.length == length && this.zeroed >= zeroed;
    }

    /** The slot of the sample ahead ({@link Native#UNSET} if none); there is none afterwards. */
    long takeSlot() {
        long taken = slot;
        slot = Native.UNSET;
        return taken;
    }

    long payloadAddress() {
        return payloadAddress;
    }

    long headerAddress() {
        return headerAddress;
    }

    /** The length a send should loan ahead, or {@link Native#UNSET} for none. */
    long nextLength() {
        return repeating ? lastLength : Native.UNSET;
    }

    int nextZeroed() {
        return lastZeroed;
    }

    /** Takes the send's result: slot, payload and header address in {@code out[0..3]} (slot UNSET if none). */
    void loanedAhead(MemorySegment out) {
        slot = out.getAtIndex(JAVA_LONG, 0);
        payloadAddress = out.getAtIndex(JAVA_LONG, 1);
        headerAddress = out.getAtIndex(JAVA_LONG, 2);
        length = lastLength;
        zeroed = lastZeroed;
    }
}

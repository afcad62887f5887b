package io.ioxschema.cli;

import java.io.PrintWriter;

/** Where a command writes, and whether each stream may carry ANSI colour. */
record Streams(PrintWriter out, PrintWriter err, boolean colorOut, boolean colorErr) {

    /** Plain text to writers the caller owns (tests, embedding). */
    static Streams plain(PrintWriter out, PrintWriter err) {
        return new Streams(out, err, false, false);
    }

    void flush() {
        out.flush();
        err.flush();
    }
}

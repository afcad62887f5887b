package io.ioxschema.cli;

/** The exit codes the spec fixes, plus one for a bug of ours. */
final class ExitCodes {
    static final int OK = 0;
    static final int SCHEMA_ERRORS = 1;
    static final int USAGE = 2;
    static final int STALE_OUTPUT = 3;
    /** EX_SOFTWARE from sysexits.h: the compiler itself failed. */
    static final int INTERNAL = 70;

    private ExitCodes() {
    }
}

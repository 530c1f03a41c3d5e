package org.vendorbench.cli;

/** Exit codes shared by every command. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Usage errors: unknown option, missing argument. */
    public static final int USAGE = 1;
    /** Refused input: a workbook, workspace or CSV that cannot be used. */
    public static final int REFUSED = 2;

    private ExitCodes() {}
}

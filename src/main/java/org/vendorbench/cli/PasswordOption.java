package org.vendorbench.cli;

import picocli.CommandLine.Option;

/**
 * picocli mixin for the optional {@code --password P} of the commands that read several workbooks
 * (import, import-scores, and evaluate/tco/memo through {@link EvaluationInputs}): one password
 * tried on every encrypted workbook. Declared once so the option reads the same in each command.
 */
public final class PasswordOption {
    /** The password, or null when not given. */
    @Option(names = "--password", paramLabel = "P", description = "Password of encrypted workbooks.")
    String password;
}

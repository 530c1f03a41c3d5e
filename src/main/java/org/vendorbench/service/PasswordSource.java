package org.vendorbench.service;

import java.nio.file.Path;

/**
 * Supplies the password of an encrypted workbook (CLI: the {@code --password} option; GUI: a
 * prompt). Returns null when there is none; the reader then refuses an encrypted file.
 */
@FunctionalInterface
public interface PasswordSource {
    String passwordFor(Path file);

    /**
     * Asks again after the password given for {@code file} was wrong ({@code refusal} says so);
     * null gives up and the file stays refused. By default it gives up: a fixed password (the
     * CLI's {@code --password}) is not tried twice; the GUI's prompt asks again.
     */
    default String retry(Path file, String refusal) {
        return null;
    }

    /** The same password (or none) for every file. */
    static PasswordSource fixed(String password) {
        return file -> password;
    }
}

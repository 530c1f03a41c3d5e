package org.vendorbench.service;

import java.nio.file.Path;

/**
 * Supplies the password of an encrypted workbook (CLI: the {@code --password} option; GUI: a
 * prompt). Returns null when there is none; the reader then refuses an encrypted file.
 */
@FunctionalInterface
public interface PasswordSource {
    String passwordFor(Path file);

    /** The same password (or none) for every file. */
    static PasswordSource fixed(String password) {
        return file -> password;
    }
}

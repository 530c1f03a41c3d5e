package org.vendorbench.service;

import java.nio.file.Path;

/** Told before each file of an import is read ({@code done} files of {@code total} finished). */
@FunctionalInterface
public interface ProgressListener {
    void onFile(Path file, int done, int total);

    ProgressListener NONE = (file, done, total) -> {};
}

package org.vendorbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An evidence file read into memory, ready to be attached in the same transaction as the checklist
 * change it supports ({@link Workspace#saveChecklistChange}). Reading happens before the transaction
 * so a slow or refused file never holds the database.
 *
 * @param fileName the original name, kept as metadata (never used as a path by the workbench)
 */
public record EvidenceUpload(String fileName, byte[] bytes) {
    public EvidenceUpload {
        if (fileName == null || fileName.isBlank()) throw new WorkspaceException("the evidence file name is blank");
        Objects.requireNonNull(bytes, "bytes");
    }

    /**
     * Reads {@code file}, refusing it with a one-line message before reading anything when its size
     * is above {@code cap} (and again while reading, should it grow).
     */
    public static EvidenceUpload read(Path file, long cap) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new WorkspaceException("evidence file " + file + " does not exist or is not a file");
            }
            long size = Files.size(file);
            if (size > cap) throw tooLarge(name, cap, size);
            try (InputStream in = Files.newInputStream(file)) {
                return new EvidenceUpload(name, ChecklistDao.readCapped(in, name, cap));
            }
        } catch (NoSuchFileException e) {
            throw new WorkspaceException("evidence file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new WorkspaceException("cannot read evidence file " + file + ": " + e.getMessage(), e);
        }
    }

    static WorkspaceException tooLarge(String name, long cap, long size) {
        return new WorkspaceException(name + " is larger than the evidence limit of " + ChecklistDao.megabytes(cap)
                + " (" + String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0)) + ")");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EvidenceUpload u && u.fileName.equals(fileName) && java.util.Arrays.equals(u.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return fileName.hashCode() * 31 + java.util.Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "EvidenceUpload[" + fileName + ", " + bytes.length + " bytes]";
    }
}

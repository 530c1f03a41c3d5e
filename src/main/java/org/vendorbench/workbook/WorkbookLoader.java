package org.vendorbench.workbook;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.vendorbench.domain.RefusedException;

/**
 * Opens a workbook file (.xlsx, .xlsm, .xls, password-encrypted) read-only and turns it into a
 * {@link WorkbookGrid}, or refuses it with a one-line reason (workbook-format.md §5).
 *
 * <p>Unencrypted .xlsx/.xlsm go through the streaming {@link StreamingLoader} (low memory); the
 * POI usermodel is used for .xls, decrypted packages, and as the fallback when a formula has no
 * cached value and must be evaluated. Macros are never run: POI does not execute VBA.
 *
 * <p>Limits, set once for the whole process:
 * <ul>
 * <li>{@value #MAX_FILE_BYTES} bytes per file: real response workbooks are well under 5 MB (400
 *     questions with 2,000-character answers make about 2 MB); the limit bounds the work of the
 *     .xls and decryption paths, which hold the whole file in memory.</li>
 * <li>Zip entries inflate at most {@value #MAX_ENTRY_BYTES} bytes, and an entry may not expand
 *     more than 100 times its compressed size (POI's default ratio 0.01, kept on): together they
 *     stop zip bombs before they fill the heap, while a realistic sheet part stays far below.
 *     32 MiB of sheet XML keeps even the usermodel fallback (an XMLBeans tree of the part) within a
 *     few hundred MB of heap.</li>
 * <li>POI byte arrays are capped at {@value #MAX_BYTE_ARRAY} bytes ({@code IOUtils.setByteArrayMaxOverride}).</li>
 * <li>XML parsers are POI's secure defaults: a DOCTYPE (entity expansion, external entities) is
 *     rejected and the file refused.</li>
 * </ul>
 */
public final class WorkbookLoader {
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    public static final long MAX_ENTRY_BYTES = 32L * 1024 * 1024;
    public static final int MAX_BYTE_ARRAY = 64 * 1024 * 1024;
    public static final double MIN_INFLATE_RATIO = 0.01;

    static {
        // POI logs what it tolerates or rejects (e.g. "falling back to stream processing"); the
        // refusal message already says it in one line, so keep stderr clean unless asked for
        String poiLog = "org.slf4j.simpleLogger.log.org.apache.poi";
        if (System.getProperty(poiLog) == null) System.setProperty(poiLog, "off");
        applyLimits();
    }

    private WorkbookLoader() {}

    /** Sets POI's process-wide safety limits (idempotent). */
    public static void applyLimits() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        IOUtils.setByteArrayMaxOverride(MAX_BYTE_ARRAY);
    }

    /** Loads with the default strategy (streaming for plain OOXML). */
    public static WorkbookGrid load(Path file, String password) throws RefusedException {
        return load(file, password, true);
    }

    /**
     * Loads a workbook. {@code streaming} false forces the usermodel (tests compare both).
     *
     * @throws RefusedException with a one-line message naming the file
     */
    public static WorkbookGrid load(Path file, String password, boolean streaming) throws RefusedException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.exists(file)) throw new RefusedException(name + ": file not found");
        if (!Files.isRegularFile(file)) throw new RefusedException(name + " is not a file");
        if (!Files.isReadable(file)) throw new RefusedException(name + " cannot be read (permission denied)");
        long size;
        FileMagic magic;
        try {
            size = Files.size(file);
            if (size == 0) throw new RefusedException(name + " is empty (0 bytes), not a workbook");
            if (size > MAX_FILE_BYTES) {
                throw new RefusedException(name + " is too large for a workbook (" + size / (1024 * 1024)
                        + " MB; the limit is " + MAX_FILE_BYTES / (1024 * 1024) + " MB)");
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                magic = FileMagic.valueOf(in);
            }
        } catch (IOException e) {
            throw new RefusedException(name + " cannot be read: " + oneLine(e));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsb")) throw xlsb(name);
        try {
            switch (magic) {
                case OOXML:
                    return loadOoxml(file, name, streaming);
                case OLE2:
                    return loadOle2(file, name, password);
                case XML:
                case HTML:
                    throw new RefusedException(name + " is a text (XML/HTML) file, not an Excel workbook; save it as .xlsx");
                default:
                    throw new RefusedException(name + " is not an Excel workbook (" + describe(magic) + ")");
            }
        } catch (RefusedException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            throw new RefusedException(name + " is too large to read (it exhausted the memory limit)");
        } catch (Exception | StackOverflowError e) {
            throw translate(name, e);
        }
    }

    private static String describe(FileMagic magic) {
        return switch (magic) {
            case UNKNOWN -> "unrecognised content";
            case PDF -> "a PDF document";
            case RTF -> "an RTF document";
            default -> magic.name().toLowerCase(Locale.ROOT) + " content";
        };
    }

    private static RefusedException xlsb(String name) {
        return new RefusedException(name + ": binary .xlsb workbooks are not supported; save as .xlsx");
    }

    private static WorkbookGrid loadOoxml(Path file, String name, boolean streaming) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            return fromPackage(pkg, name, streaming);
        }
    }

    private static WorkbookGrid fromPackage(OPCPackage pkg, String name, boolean streaming) throws Exception {
        if (!pkg.getPartsByName(java.util.regex.Pattern.compile("/xl/workbook\\.bin")).isEmpty()) throw xlsb(name);
        if (pkg.getPartsByName(java.util.regex.Pattern.compile("/xl/workbook\\.xml", java.util.regex.Pattern.CASE_INSENSITIVE)).isEmpty()
                && pkg.getPartsByContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml").isEmpty()
                && pkg.getPartsByContentType("application/vnd.ms-excel.sheet.macroEnabled.main+xml").isEmpty()) {
            throw new RefusedException(name + " is a zip/Office file but not an Excel workbook (no workbook part)");
        }
        if (streaming) {
            WorkbookGrid grid = StreamingLoader.tryLoad(pkg, name);
            if (grid != null) return grid;
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            return UserModelLoader.toGrid(name, wb);
        }
    }

    private static WorkbookGrid loadOle2(Path file, String name, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                EncryptionInfo info = new EncryptionInfo(fs);
                Decryptor d = Decryptor.getInstance(info);
                boolean ok;
                if (password == null) {
                    // Excel encrypts "read-only recommended" files with this well-known default
                    ok = d.verifyPassword(Decryptor.DEFAULT_PASSWORD);
                    if (!ok) throw protectedFile(name);
                } else {
                    ok = d.verifyPassword(password);
                    if (!ok) throw new RefusedException(name + ": wrong password");
                }
                try (InputStream in = d.getDataStream(fs); OPCPackage pkg = OPCPackage.open(in)) {
                    return fromPackage(pkg, name, false);
                }
            }
            if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK") && !fs.getRoot().hasEntry("Book")) {
                throw new RefusedException(name + " is an Office file but not an Excel workbook (no Workbook stream)");
            }
            Biff8EncryptionKey.setCurrentUserPassword(password);
            try (HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), true)) {
                return UserModelLoader.toGrid(name, wb);
            } catch (EncryptedDocumentException e) {
                if (password == null) throw protectedFile(name);
                throw new RefusedException(name + ": wrong password");
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }
    }

    private static RefusedException protectedFile(String name) {
        return new RefusedException(name + " is password protected: give the password (--password)");
    }

    /** Maps a POI/JDK failure to a one-line refusal naming the file. */
    static RefusedException translate(String name, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CellBudget.Exceeded) {
                return new RefusedException(name + " holds more than " + CellBudget.MAX_CELLS
                        + " cells (a response workbook has a few thousand), refused");
            }
            String m = String.valueOf(t.getMessage());
            String lm = m.toLowerCase(Locale.ROOT);
            if (lm.contains("zip bomb")) {
                return new RefusedException(name + " looks like a zip bomb (a part expands beyond the safety limits: more than 100x its compressed size or more than "
                        + MAX_ENTRY_BYTES / (1024 * 1024) + " MB), refused");
            }
            if (lm.contains("doctype") || lm.contains("entity") && (lm.contains("expansion") || lm.contains("limit"))) {
                return new RefusedException(name + " contains an XML DOCTYPE/entity declaration (possible entity-expansion attack), refused");
            }
            if (lm.contains("more than 1 entry with the name") || lm.contains("duplicate entry")) {
                // two zip entries with one name: readers disagree on which one counts, a known way
                // to smuggle content past a check
                return new RefusedException(name + " holds two zip entries with the same name (" + entryName(m)
                        + "), a sign of tampering; refused");
            }
            if (t instanceof org.apache.poi.xssf.XLSBUnsupportedException) return xlsb(name);
            if (t instanceof EncryptedDocumentException) return protectedFile(name);
            if (lm.contains("maximum length") || lm.contains("max length") || lm.contains("exceeds the maximum")
                    || t instanceof org.apache.poi.util.RecordFormatException && lm.contains("length")) {
                return new RefusedException(name + " holds a part larger than the safety limits, refused");
            }
        }
        if (e instanceof StackOverflowError) return new RefusedException(name + " is too deeply nested to read, refused");
        if (e instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                || e instanceof org.apache.poi.openxml4j.exceptions.InvalidFormatException
                || e instanceof java.util.zip.ZipException
                || e instanceof java.io.EOFException) {
            return new RefusedException(name + " is truncated or corrupt (not a readable workbook archive)");
        }
        return new RefusedException(name + " is corrupt or not a readable workbook (" + oneLine(e) + ")");
    }

    /** The entry name at the end of POI's duplicate-entry message, or "a part" when there is none. */
    private static String entryName(String message) {
        int at = message.toLowerCase(Locale.ROOT).lastIndexOf("name ");
        String n = at < 0 ? "" : message.substring(at + 5).strip();
        return n.isEmpty() || n.length() > 120 ? "a part" : n;
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) return e.getClass().getSimpleName();
        String line = m.lines().findFirst().orElse(m).strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}

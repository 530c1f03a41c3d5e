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
 * <p>Unencrypted .xlsx/.xlsm go through {@link LeanLoader} (JDK zip + SAX, the fastest), which
 * hands over to POI's streaming {@link StreamingLoader} for what it does not handle itself; the
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
 * <li>At most {@code ZipSecureFile.getMaxFileCount()} (1,000) archive entries, and no two entries
 *     with the same name (case-insensitive): both are signs of a crafted archive.</li>
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

    /**
     * How an unencrypted .xlsx/.xlsm is read (the other formats always use the usermodel). Each
     * strategy falls back to the next one down when the file needs it (a formula without a cached
     * value needs the usermodel's evaluator); tests read the same file all three ways.
     */
    public enum Strategy {
        /** JDK zip + SAX ({@link LeanLoader}), the default: the fastest, then POI streaming. */
        LEAN,
        /** POI's OPC package + SAX ({@link StreamingLoader}), then the usermodel. */
        STREAMING,
        /** POI's usermodel ({@code XSSFWorkbook}) only. */
        USERMODEL
    }

    /** Loads with the default strategy ({@link Strategy#LEAN}). */
    public static WorkbookGrid load(Path file, String password) throws RefusedException {
        return load(file, password, Strategy.LEAN);
    }

    /**
     * Loads a workbook. {@code streaming} false forces the usermodel (tests compare both); true is
     * the default strategy.
     *
     * @throws RefusedException with a one-line message naming the file
     */
    public static WorkbookGrid load(Path file, String password, boolean streaming) throws RefusedException {
        return load(file, password, streaming ? Strategy.LEAN : Strategy.USERMODEL);
    }

    /**
     * Loads a workbook with the given strategy for unencrypted OOXML.
     *
     * @throws RefusedException with a one-line message naming the file
     */
    public static WorkbookGrid load(Path file, String password, Strategy strategy) throws RefusedException {
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
                    return loadOoxml(file, name, strategy);
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

    static RefusedException xlsb(String name) {
        return new RefusedException(name + ": binary .xlsb workbooks are not supported; save as .xlsx");
    }

    static RefusedException notAWorkbook(String name) {
        return new RefusedException(name + " is a zip/Office file but not an Excel workbook (no workbook part)");
    }

    static RefusedException tooManyEntries(String name) {
        return new RefusedException(name + " holds more than " + ZipSecureFile.getMaxFileCount()
                + " archive entries (a workbook has a few dozen), refused");
    }

    static RefusedException duplicateEntry(String name, String entry) {
        return new RefusedException(name + " holds two archive entries named '" + clip(entry)
                + "' (a tampered archive), refused");
    }

    static RefusedException corruptArchive(String name, String what) {
        return new RefusedException(name + " is corrupt: its archive holds " + what + ", refused");
    }

    private static WorkbookGrid loadOoxml(Path file, String name, Strategy strategy) throws Exception {
        if (strategy == Strategy.LEAN) {
            WorkbookGrid grid;
            try {
                grid = LeanLoader.tryLoad(file, name);
            } catch (IllegalArgumentException e) {
                // e.g. zip entry names the JDK cannot decode as UTF-8: POI's zip reader decides
                grid = null;
            }
            if (grid != null) return grid;
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            return fromPackage(pkg, name, strategy != Strategy.USERMODEL);
        }
    }

    private static WorkbookGrid fromPackage(OPCPackage pkg, String name, boolean streaming) throws Exception {
        if (!pkg.getPartsByName(java.util.regex.Pattern.compile("/xl/workbook\\.bin")).isEmpty()) throw xlsb(name);
        if (pkg.getPartsByName(java.util.regex.Pattern.compile("/xl/workbook\\.xml", java.util.regex.Pattern.CASE_INSENSITIVE)).isEmpty()
                && pkg.getPartsByContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml").isEmpty()
                && pkg.getPartsByContentType("application/vnd.ms-excel.sheet.macroEnabled.main+xml").isEmpty()) {
            throw notAWorkbook(name);
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
            if (t instanceof org.apache.poi.xssf.XLSBUnsupportedException) return xlsb(name);
            if (lm.contains("max_file_count")) return tooManyEntries(name);
            if (lm.startsWith("input file contains more than 1 entry with the name")) {
                return duplicateEntry(name, m.substring("Input file contains more than 1 entry with the name".length()).strip());
            }
            if (lm.contains("entry with an empty name")) return corruptArchive(name, "an entry with an empty name");
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

    /** An archive entry name fit for a one-line message: control characters dropped, at most 100 characters. */
    private static String clip(String entry) {
        String s = entry.replaceAll("\\p{Cntrl}", "");
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }

    /** Reads a loaded workbook as one kind of document; may refuse it. */
    @FunctionalInterface
    interface GridReader<T> {
        T read(WorkbookGrid wb) throws RefusedException;
    }

    /**
     * Loads {@code file} and reads it with {@code reader}: a refusal passes through, and any other
     * failure of the reader (a bug meeting an odd file) becomes a one-line refusal naming the file
     * and {@code what} it was read as, never a stack trace.
     */
    static <T> T readAs(Path file, String password, String what, GridReader<T> reader) throws RefusedException {
        WorkbookGrid wb = load(file, password);
        try {
            return reader.read(wb);
        } catch (RuntimeException e) {
            throw new RefusedException(wb.fileName() + " could not be read as " + what + " (" + oneLine(e) + ")");
        }
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) return e.getClass().getSimpleName();
        String line = m.lines().findFirst().orElse(m).strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}

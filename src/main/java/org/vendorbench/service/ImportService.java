package org.vendorbench.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.checklist.ChecklistTopic;
import org.vendorbench.domain.checklist.ClaimPrefill;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.vendorbench.domain.Answer;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.checklist.ChecklistDefinition;
import org.vendorbench.domain.checklist.ChecklistEntry;
import org.vendorbench.domain.checklist.Claim;
import org.vendorbench.store.ImportResult;
import org.vendorbench.store.StorableResponse;
import org.vendorbench.store.Workspace;
import org.vendorbench.store.WorkspaceException;
import org.vendorbench.workbook.ResponseReader;
import org.vendorbench.workbook.RfpReader;

/**
 * Imports an RFP and vendor response workbooks into a workspace (used by the CLI and the GUI).
 * Each response file is all-or-nothing: a refused file changes nothing, an imported one is stored
 * in one transaction together with the checklist entries its claims pre-fill, under one audit entry.
 * Files are read on background threads ahead of the store ({@link ReadAhead}) and stored in order;
 * the batch is one transaction ({@link Workspace#inOneTransaction}): each file a savepoint, one
 * commit and one disk sync at the end, and nothing stored when the import crashes or the disk fills.
 * Cancelling stops between files. An encrypted file is read with the password the
 * {@link PasswordSource} gives only after it was refused as password protected.
 */
public final class ImportService {
    private ImportService() {}

    /**
     * Imports {@code responses} (in order) against {@code rfpFile}, or the stored RFP when
     * {@code rfpFile} is null.
     *
     * @throws RefusedException when the RFP cannot be read, the workspace holds none and none is
     *                          given, or a different RFP (other RFP ID) is given while responses exist
     */
    public static ImportReport importFiles(Workspace ws, Path rfpFile, List<Path> responses, PasswordSource passwords,
                                           ProgressListener progress, BooleanSupplier cancelled)
            throws RefusedException {
        Objects.requireNonNull(ws, "ws");
        PasswordSource pw = passwords == null ? PasswordSource.fixed(null) : passwords;
        ProgressListener pl = progress == null ? ProgressListener.NONE : progress;
        BooleanSupplier stop = cancelled == null ? () -> false : cancelled;
        boolean rfpStored = false;
        Rfp rfp;
        if (rfpFile != null) {
            rfp = readRfp(rfpFile, pw);
            rfpStored = storeRfp(ws, rfp, rfpFile);
        } else {
            rfp = ws.loadRfp().orElseThrow(() -> new RefusedException(ws.file().getFileName()
                    + " holds no RFP yet: give one with --rfp RFP.xlsx"));
        }
        PasswordSource onePrompt = serialized(pw);
        List<ImportReport.FileResult> results = new ArrayList<>();
        // the claims' checklist and question topics are made while the first files are read (they
        // are needed only after a file is read); a reader that gets there first waits for them
        CompletableFuture<Claims> claims = new CompletableFuture<>();
        try {
            ws.inOneTransaction(() -> {
                try (ReadAhead<Read> reads = new ReadAhead<>(responses, readers(responses.size()),
                        file -> read(file, rfp, claims::join, onePrompt))) {
                    reads.start();
                    try {
                        claims.complete(Claims.of(rfp));
                    } catch (RuntimeException | Error e) {
                        claims.completeExceptionally(e);
                        throw e;
                    }
                    for (int i = 0; i < responses.size(); i++) {
                        Path file = responses.get(i);
                        if (stop.getAsBoolean()) {
                            for (int j = i; j < responses.size(); j++) {
                                results.add(new ImportReport.FileResult(responses.get(j), null,
                                        ImportReport.Status.CANCELLED, null, List.of(), 0, null));
                            }
                            break;
                        }
                        pl.onFile(file, i, responses.size());
                        results.add(store(ws, file, reads.get(i), true));
                    }
                }
                return null;
            });
        } catch (WorkspaceException e) {
            if (!e.diskFull()) throw e;
            // the batch is one transaction, rolled back whole: the workspace is as it was before the
            // import, so every file is reported as not stored but those refused for their own reason
            List<ImportReport.FileResult> out = new ArrayList<>();
            for (int i = 0; i < responses.size(); i++) {
                ImportReport.FileResult r = i < results.size() ? results.get(i) : null;
                out.add(r != null && r.status() == ImportReport.Status.REFUSED ? r : diskFull(responses.get(i)));
            }
            return new ImportReport(rfpStored, out);
        }
        return new ImportReport(rfpStored, results);
    }

    /**
     * Threads that read response files ahead while the calling thread stores them, one at a time
     * and in order: reading (unzip, XML, matching, normalising, the claims) is most of an import
     * and needs no workspace, so on a machine with more than one core it overlaps the stores.
     * At most {@value #MAX_READERS}, and one for a single file.
     */
    static int readers(int files) {
        return Math.max(1, Math.min(Math.min(files, MAX_READERS), Runtime.getRuntime().availableProcessors()));
    }

    /** The most files read in parallel; each read holds its workbook's cells, so the heap bounds it. */
    static final int MAX_READERS = 4;

    /** Asks for one file's password at a time, whichever reader thread needs one. */
    private static PasswordSource serialized(PasswordSource pw) {
        return new PasswordSource() {
            @Override
            public synchronized String passwordFor(Path file) {
                return pw.passwordFor(file);
            }

            @Override
            public synchronized String retry(Path file, String refusal) {
                return pw.retry(file, refusal);
            }
        };
    }

    /**
     * One file read: the response (checked and encoded for the store), its count of answered
     * questions, its file hash and claims, or why it was refused. All of it is made on a reader thread.
     */
    private record Read(StorableResponse response, int answered, String sha256, List<Claim> claims, String refusal) {
        static Read refused(String why) {
            return new Read(null, 0, null, null, why);
        }
    }

    /** What the claims of every file of an import need: the RFP's effective checklist and its questions' topics. */
    private record Claims(Rfp rfp, ChecklistDefinition checklist, Map<Question, ChecklistTopic> topics) {
        static Claims of(Rfp rfp) {
            return new Claims(rfp, ChecklistDefinition.effective(rfp, ChecklistDefinition.Mode.MERGE),
                    ClaimPrefill.topics(rfp));
        }

        List<Claim> of(VendorResponse response) {
            return ClaimPrefill.fromResponse(checklist, rfp, topics, response);
        }
    }

    private static Read read(Path file, Rfp rfp, Supplier<Claims> claims, PasswordSource pw) {
        try {
            VendorResponse response = readResponse(file, rfp, pw);
            String sha = sha256(file);
            StorableResponse storable = StorableResponse.of(response);
            int answered = (int) response.answers().stream().filter(Answer::isAnswered).count();
            return new Read(storable, answered, sha, claims.get().of(response), null);
        } catch (RefusedException e) {
            return Read.refused(e.getMessage());
        } catch (IOException e) {
            return Read.refused(file.getFileName() + ": cannot read the file (" + e.getMessage() + ")");
        } catch (WorkspaceException e) {
            return Read.refused(file.getFileName() + ": cannot be stored: " + e.getMessage());
        }
    }

    /** Reads an RFP workbook, asking for the password only when the file is password protected. */
    public static Rfp readRfp(Path file, PasswordSource passwords) throws RefusedException {
        return withPassword(file, passwords, password -> RfpReader.read(file, password));
    }

    /** Reads a response workbook, asking for the password only when the file is password protected. */
    public static VendorResponse readResponse(Path file, Rfp rfp, PasswordSource passwords) throws RefusedException {
        return withPassword(file, passwords, password -> ResponseReader.read(file, rfp, password));
    }

    /** How many passwords one file may be tried with before it stays refused. */
    static final int MAX_PASSWORD_ATTEMPTS = 5;

    /** A read that may need a password (null: none). */
    @FunctionalInterface
    interface PasswordRead<T> {
        T read(String password) throws RefusedException;
    }

    /**
     * Reads without a password first; a file refused as password protected is read again with the
     * password {@code passwords} gives, and after a wrong one with what {@link PasswordSource#retry}
     * gives (at most {@value #MAX_PASSWORD_ATTEMPTS} tries). No password (cancel) keeps the refusal.
     */
    static <T> T withPassword(Path file, PasswordSource passwords, PasswordRead<T> read) throws RefusedException {
        try {
            return read.read(null);
        } catch (RefusedException e) {
            if (passwords == null || !isPasswordProtected(e)) throw e;
            String password = passwords.passwordFor(file);
            RefusedException last = e;
            for (int attempt = 0; password != null && attempt < MAX_PASSWORD_ATTEMPTS; attempt++) {
                try {
                    return read.read(password);
                } catch (RefusedException wrong) {
                    if (!isWrongPassword(wrong)) throw wrong;
                    last = wrong;
                    password = attempt + 1 < MAX_PASSWORD_ATTEMPTS ? passwords.retry(file, wrong.getMessage()) : null;
                }
            }
            throw last;
        }
    }

    /** True for the loader's "password protected" refusal. */
    public static boolean isPasswordProtected(RefusedException e) {
        return e.getMessage() != null && e.getMessage().contains("is password protected");
    }

    /** True for the loader's "wrong password" refusal. */
    public static boolean isWrongPassword(RefusedException e) {
        return e.getMessage() != null && e.getMessage().endsWith(": wrong password");
    }

    /** Stores the RFP unless it is the one stored already; refuses another RFP ID over responses. */
    private static boolean storeRfp(Workspace ws, Rfp rfp, Path rfpFile) throws RefusedException {
        Optional<Rfp> old = ws.loadRfp();
        if (old.isPresent()) {
            if (old.get().equals(rfp)) return false;
            boolean sameId = Fold.same(old.get().rfpId(), rfp.rfpId());
            if (!sameId && !ws.vendors().isEmpty()) {
                throw new RefusedException(rfpFile.getFileName() + ": RFP ID '" + rfp.rfpId() + "' differs from '"
                        + old.get().rfpId() + "' that " + ws.file().getFileName()
                        + " holds with responses; use a new workspace for another RFP");
            }
        }
        ws.saveRfp(rfp);
        return true;
    }

    /**
     * Imports one response file against {@code rfp} (the GUI imports file by file, with its own
     * progress and cancel): read, stored with its claims in one transaction, or refused.
     */
    public static ImportReport.FileResult importResponse(Workspace ws, Rfp rfp, Path file, PasswordSource passwords) {
        Claims claims = Claims.of(rfp);
        return store(ws, file, read(file, rfp, () -> claims, passwords == null ? PasswordSource.fixed(null) : passwords),
                false);
    }

    /** Stores one read file with the checklist entries its claims change (one transaction), or reports its refusal. */
    private static ImportReport.FileResult store(Workspace ws, Path file, Read read, boolean inBatch) {
        if (read.refusal() != null) return refused(file, read.refusal());
        VendorResponse response = read.response().response();
        ImportResult r;
        try {
            r = ws.importResponse(read.response(), read.sha256(),
                    (vendor, stored) -> changedClaims(stored, read.claims(), vendor));
        } catch (WorkspaceException e) {
            // in a batch, a full disk fails the whole batch (importFiles reports every file); alone,
            // the file's one transaction was rolled back: the workspace is as it was
            if (!e.diskFull() || inBatch) throw e;
            return diskFull(file);
        }
        return new ImportReport.FileResult(file, r.vendor(),
                r.replaced() ? ImportReport.Status.REPLACED : ImportReport.Status.IMPORTED, null,
                response.warnings(), read.answered(), read.sha256());
    }

    /** The refusal of a file whose transaction a full disk rolled back. */
    private static ImportReport.FileResult diskFull(Path file) {
        return refused(file, "disk full while importing " + file.getFileName() + ": nothing was stored");
    }

    private static ImportReport.FileResult refused(Path file, String message) {
        String line = message == null ? "refused" : message.lines().findFirst().orElse(message);
        return new ImportReport.FileResult(file, null, ImportReport.Status.REFUSED, line, List.of(), 0, null);
    }

    /** The entries whose claim changed with this response (unchanged entries are not rewritten). */
    private static List<ChecklistEntry> changedClaims(List<ChecklistEntry> stored, List<Claim> claims, String vendor) {
        List<ChecklistEntry> applied = ChecklistClaims.apply(stored, claims, vendor);
        List<ChecklistEntry> changed = new ArrayList<>();
        for (ChecklistEntry e : applied) {
            int at = ChecklistClaims.indexOf(stored, e.itemId());
            if (at < 0 || !stored.get(at).equals(e)) changed.add(e);
        }
        return changed;
    }

    /** SHA-256 (hex) of the file's bytes. */
    public static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}

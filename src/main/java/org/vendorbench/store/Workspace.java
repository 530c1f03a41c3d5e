package org.vendorbench.store;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vendorbench.domain.ConsensusOverride;
import org.vendorbench.domain.EvaluatorScore;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.audit.AuditChain;
import org.vendorbench.domain.audit.AuditEntry;
import org.vendorbench.domain.checklist.ChecklistEntry;
import org.vendorbench.domain.checklist.Evidence;
import org.vendorbench.domain.monitoring.ContractBaseline;

/**
 * One evaluation = one SQLite file ({@code *.vbench}), the application file format.
 *
 * <p>{@link #create}, {@link #open} and {@link #openReadOnly} refuse anything that is not a
 * sound Vendorbench workspace with a {@link RefusedException} whose one-line message names the
 * file. A read-write workspace is held exclusively (a {@code .lock} file beside it); a second
 * opener may use {@link #openReadOnly}. Repository calls throw {@link WorkspaceException}. Every
 * change runs in one transaction together with its audit-log entry. Calls are serialised on
 * the instance, so a UI thread and a background task may share one (each call is atomic).
 */
public final class Workspace implements AutoCloseable {
    private final Path file;
    private final Connection conn;
    private final WorkspaceLock lock;
    private final boolean readOnly;
    private final Path backup;
    private String user = defaultUser();
    private boolean closed;
    private Optional<String> networkWarning;
    /** Whether this session put (or found) the file in WAL mode; see {@link WorkspaceOpener#enableWal}. */
    private boolean wal;

    private Workspace(Path file, Connection conn, WorkspaceLock lock, boolean readOnly, Path backup) {
        this.file = file;
        this.conn = conn;
        this.lock = lock;
        this.readOnly = readOnly;
        this.backup = backup;
    }

    /** Creates a new, empty workspace; refuses a file that already exists. */
    public static Workspace create(Path file) throws RefusedException {
        Objects.requireNonNull(file, "file");
        String name = WorkspaceOpener.name(file);
        if (Files.exists(file)) throw new RefusedException(name + " already exists; choose another file name");
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new RefusedException("cannot create " + name + ": folder " + parent + " does not exist");
        }
        WorkspaceLock lock = WorkspaceLock.acquire(file, defaultUser());
        Connection c = null;
        try {
            c = WorkspaceOpener.connect(file, false);
            Migrations.migrate(c, 0, Migrations.CURRENT);
            WorkspaceOpener.configureReadWrite(c);
            Workspace ws = new Workspace(file, c, lock, false, null);
            ws.wal = WorkspaceOpener.enableWal(c);
            return ws;
        } catch (SQLException e) {
            closeQuietly(c);
            lock.close();
            deleteQuietly(file);
            throw new RefusedException("cannot create " + name + ": " + WorkspaceOpener.firstLine(e.getMessage()), e);
        }
    }

    /**
     * Opens a workspace for writing, upgrading an older schema (after a backup copy
     * {@code name.vN.bak.vbench} beside it). A file without write permission opens read-only.
     */
    public static Workspace open(Path file) throws RefusedException {
        Objects.requireNonNull(file, "file");
        WorkspaceOpener.checkFile(file);
        Path parent = file.toAbsolutePath().getParent();
        if (!Files.isWritable(file) || parent == null || !Files.isWritable(parent)) return openReadOnly(file);
        int version;
        try (Connection ro = WorkspaceOpener.connect(file, true)) {
            version = WorkspaceOpener.inspect(ro, file, true);
        } catch (SQLException e) {
            throw unreadable(file, e);
        }
        WorkspaceLock lock = WorkspaceLock.acquire(file, defaultUser());
        cleanLeftovers(parent);
        Connection c = null;
        try {
            c = WorkspaceOpener.connect(file, false);
            int now = WorkspaceOpener.intPragma(c, "user_version");
            if (now != version) throw new RefusedException(WorkspaceOpener.name(file) + " changed while opening it");
            Path backup = null;
            if (version < Migrations.CURRENT) {
                backup = WorkspaceOpener.backup(c, file, version);
                try {
                    Migrations.migrate(c, version, Migrations.CURRENT);
                } catch (WorkspaceException e) {
                    throw new RefusedException(WorkspaceOpener.name(file) + " cannot be upgraded: " + e.getMessage()
                            + "; it keeps its older schema (schema " + version + ")", e);
                }
                String problem = SchemaCheck.problem(c, Migrations.CURRENT);
                if (problem != null) throw new RefusedException(WorkspaceOpener.name(file) + " " + problem);
            }
            WorkspaceOpener.configureReadWrite(c);
            Workspace ws = new Workspace(file, c, lock, false, backup);
            ws.wal = WorkspaceOpener.inWal(c);
            return ws;
        } catch (SQLException e) {
            closeQuietly(c);
            lock.close();
            if (WorkspaceException.isDiskFull(e)) {
                throw new RefusedException("disk full while upgrading " + WorkspaceOpener.name(file) + " to schema "
                        + Migrations.CURRENT + ": it keeps its older schema; free some space and open it again", e);
            }
            throw unreadable(file, e);
        } catch (RefusedException | RuntimeException e) {
            closeQuietly(c);
            lock.close();
            throw e;
        }
    }

    /** Opens a workspace for reading only; needs no lock, so it works while another window has it open. */
    public static Workspace openReadOnly(Path file) throws RefusedException {
        Objects.requireNonNull(file, "file");
        WorkspaceOpener.checkFile(file);
        Connection c = null;
        try {
            c = WorkspaceOpener.connect(file, true);
            WorkspaceOpener.inspect(c, file, false);
            WorkspaceOpener.configureReadOnly(c);
            return new Workspace(file, c, null, true, null);
        } catch (SQLException e) {
            closeQuietly(c);
            throw unreadable(file, e);
        } catch (RefusedException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * Removes temporary files that an interrupted export or backup left in the workspace's folder
     * (best effort: a folder that cannot be listed is left as it is).
     */
    private static void cleanLeftovers(Path folder) {
        try {
            org.vendorbench.io.AtomicFiles.cleanLeftovers(folder);
        } catch (java.io.IOException | RuntimeException e) {
            // nothing to clean, or not allowed to: the files are harmless
        }
    }

    private static RefusedException unreadable(Path file, SQLException e) {
        return new RefusedException(WorkspaceOpener.name(file) + " is not a readable Vendorbench workspace: "
                + WorkspaceOpener.firstLine(e.getMessage()), e);
    }

    public Path file() {
        return file;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /**
     * A one-line warning when the file lies in a network folder (NFS, SMB, SSHFS...), where SQLite's
     * locking and crash safety cannot be relied on; empty on a local disk. Shown by {@code info}
     * and the window's notice line.
     */
    public synchronized Optional<String> networkWarning() {
        if (networkWarning == null) networkWarning = org.vendorbench.io.NetworkFolders.warning(file);
        return networkWarning;
    }

    /** The backup written before this open upgraded the schema, if it did. */
    public Optional<Path> migrationBackup() {
        return Optional.ofNullable(backup);
    }

    /** The user name written to the audit log (default: the OS user name). */
    public String user() {
        return user;
    }

    public void setUser(String user) {
        if (user == null || user.isBlank()) throw new IllegalArgumentException("user name is blank");
        this.user = user.strip();
    }

    private static String defaultUser() {
        String u = System.getProperty("user.name");
        return u == null || u.isBlank() ? "unknown" : u;
    }

    /** What the workspace holds. */
    public WorkspaceInfo info() {
        return read(c -> {
            String rfpId = null, title = null;
            try (Statement st = c.createStatement();
                 var rs = st.executeQuery("SELECT rfp_id, title FROM rfp WHERE id = 1")) {
                if (rs.next()) {
                    rfpId = rs.getString(1);
                    title = rs.getString(2);
                }
            }
            return new WorkspaceInfo(file, WorkspaceOpener.intPragma(c, "user_version"), readOnly, rfpId, title,
                    Settings.count(c, "SELECT count(*) FROM vendor"),
                    Settings.count(c, "SELECT count(*) FROM response WHERE is_current = 1"),
                    Settings.count(c, "SELECT count(*) FROM evaluator_score"),
                    Settings.count(c, "SELECT count(*) FROM checklist_entry"),
                    Settings.count(c, "SELECT count(*) FROM evidence"),
                    AuditLog.count(c), AuditLog.headHash(c));
        });
    }

    /**
     * A stable identity of this workspace: the hash of the first entry of its audit log (written
     * when the RFP was first stored, never changed afterwards, and chained into every later entry,
     * so it cannot be edited without breaking {@link #verifyAudit}). Scoresheets carry it so that a
     * sheet is never merged into another workspace. A copy of the file keeps the identity (it is
     * the same evaluation). Empty while the log is empty (a new workspace with no RFP yet).
     */
    public Optional<String> identity() {
        return read(c -> {
            try (Statement st = c.createStatement();
                 var rs = st.executeQuery("SELECT hash FROM audit_log ORDER BY seq LIMIT 1")) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
        });
    }

    // ---- RFP ---------------------------------------------------------------------------------

    /** Replaces the RFP definition (one transaction, audited with the old and new RFP id/title). */
    public void saveRfp(Rfp rfp) {
        Objects.requireNonNull(rfp, "rfp");
        write(c -> {
            Optional<Rfp> old = RfpDao.load(c);
            RfpDao.save(c, rfp);
            AuditLog.append(c, user, "rfp", "save", old.map(Workspace::describe).orElse(null), describe(rfp), null);
            return null;
        });
    }

    /**
     * Replaces the RFP with an edited copy (the workbench's RFP area): one transaction, audited
     * with the old and new version of every changed section, question, KPI, assumption and
     * checklist item. Refused with a {@link WorkspaceException}, nothing changed, when
     * {@link org.vendorbench.domain.RfpEditCheck} finds the edit would break the stored responses or
     * the RFP (e.g. deleting an answered question).
     *
     * @return the number of changed items (0: nothing stored, nothing audited)
     */
    public int replaceRfp(Rfp edited, String reason) {
        Objects.requireNonNull(edited, "edited");
        return write(c -> {
            Rfp old = RfpDao.load(c).orElseThrow(() -> new WorkspaceException(name() + " has no RFP to edit"));
            List<String> problems = org.vendorbench.domain.RfpEditCheck.problems(old, edited, ResponseDao.current(c));
            if (!problems.isEmpty()) throw new WorkspaceException("the RFP edit is refused: " + String.join("; ", problems));
            RfpDiff diff = RfpDiff.of(old, edited);
            if (diff.isEmpty()) return 0;
            RfpDao.save(c, edited);
            AuditLog.append(c, user, "rfp/" + edited.rfpId(), "edit", Json.write(diff.before()), Json.write(diff.after()), reason);
            return diff.size();
        });
    }

    private static String describe(Rfp r) {
        return Json.obj("rfpId", r.rfpId(), "title", r.title(), "sections", r.sections().size(),
                "questions", r.questions().size(), "kpis", r.kpis().size());
    }

    public Optional<Rfp> loadRfp() {
        return read(RfpDao::load);
    }

    // ---- responses ---------------------------------------------------------------------------

    /**
     * Imports a response in one transaction: finds or adds the vendor (by folded name), turns its
     * previous response into history, stores answers, KPI commitments, pricing and warnings, and
     * appends the audit entry. {@code fileSha256} is the SHA-256 (hex) of the workbook file.
     */
    public ImportResult importResponse(VendorResponse response, String fileSha256) {
        StorableResponse stored = StorableResponse.of(response);
        return write(c -> ResponseDao.insert(c, stored, fileSha256, user));
    }

    /**
     * Imports a response and, in the same transaction, the checklist entries its claims change
     * ({@code claims} runs inside the transaction with the vendor's stored entries). One audit
     * entry records the file, the counts of answers, KPIs, warnings and claim entries, and the
     * items whose status the claims changed; a failure stores nothing.
     */
    public ImportResult importResponse(VendorResponse response, String fileSha256, ClaimUpdater claims) {
        return importResponse(StorableResponse.of(response), fileSha256, claims);
    }

    /**
     * As {@link #importResponse(VendorResponse, String, ClaimUpdater)}, for a response checked and
     * encoded already (an import does that on its reader threads).
     */
    public ImportResult importResponse(StorableResponse response, String fileSha256, ClaimUpdater claims) {
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(claims, "claims");
        return write(c -> ResponseDao.insert(c, response, fileSha256, user, claims));
    }

    /** The current response of each vendor, in order of the vendors' first import. */
    public List<VendorResponse> currentResponses() {
        return read(ResponseDao::current);
    }

    /** Any stored response, current or history. */
    public Optional<VendorResponse> response(long responseId) {
        return read(c -> ResponseDao.load(c, responseId));
    }

    /** Every import of the vendor, oldest first; empty when the vendor is unknown. */
    public List<ResponseHistoryEntry> history(String vendor) {
        return read(c -> {
            Vendors.Row v = Vendors.find(c, vendor);
            return v == null ? List.<ResponseHistoryEntry>of() : ResponseDao.history(c, v.id(), v.name());
        });
    }

    /** Vendor names as stored, in order of first import. */
    public List<String> vendors() {
        return read(c -> {
            List<String> out = new java.util.ArrayList<>();
            try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT name FROM vendor ORDER BY id")) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        });
    }

    /** The vendor's blind label ("Vendor A", ...), shown instead of the name in blind mode. */
    public Optional<String> blindLabel(String vendor) {
        return read(c -> Optional.ofNullable(Vendors.find(c, vendor)).map(Vendors.Row::blindLabel));
    }

    // ---- judgements --------------------------------------------------------------------------

    /** Adds or replaces one evaluator's score (one per evaluator, vendor and question). */
    public void putScore(EvaluatorScore score) {
        Objects.requireNonNull(score, "score");
        write(c -> {
            JudgementDao.putScore(c, score, name(), user);
            return null;
        });
    }

    /** Removes one evaluator's score (audited with the old value); nothing happens when there is none. */
    public void removeScore(String evaluator, String vendor, String questionId, String reason) {
        write(c -> {
            JudgementDao.removeScore(c, evaluator, vendor, questionId, reason, name(), user);
            return null;
        });
    }

    /**
     * Merges a batch of evaluator scores (e.g. one filled scoresheet) in ONE transaction: each
     * score that differs from the stored one is put (audited with its old value, as
     * {@link #putScore}); unchanged scores are skipped; one more audit entry records the batch and
     * its {@code source} (a file name). Any failure (unknown vendor or question) changes nothing.
     *
     * @return how many scores were added or changed
     */
    public int importScores(List<EvaluatorScore> scores, String source) {
        Objects.requireNonNull(scores, "scores");
        return write(c -> {
            java.util.Map<String, EvaluatorScore> stored = new java.util.HashMap<>();
            for (EvaluatorScore s : JudgementDao.scores(c)) stored.put(scoreKey(s), s);
            int changed = 0;
            java.util.Set<String> evaluators = new java.util.TreeSet<>();
            for (EvaluatorScore s : scores) {
                EvaluatorScore old = stored.get(scoreKey(s));
                evaluators.add(s.evaluator().strip());
                if (old != null && old.score() == s.score() && Objects.equals(old.note(), s.note())) continue;
                JudgementDao.putScore(c, s, name(), user);
                changed++;
            }
            AuditLog.append(c, user, "scores/" + String.join(",", evaluators), "import", null,
                    Json.obj("source", source, "scores", scores.size(), "changed", changed), null);
            return changed;
        });
    }

    private static String scoreKey(EvaluatorScore s) {
        return (s.evaluator() == null ? "" : s.evaluator().strip()) + "\u0000"
                + org.vendorbench.domain.Fold.fold(s.vendor()) + "\u0000" + org.vendorbench.domain.Fold.fold(s.questionId());
    }

    /** Every evaluator score, by vendor (first import first), question and evaluator. */
    public List<EvaluatorScore> scores() {
        return read(JudgementDao::scores);
    }

    /** Adds or replaces the consensus score of a vendor's question; the reason is required. */
    public void putConsensus(ConsensusOverride override) {
        Objects.requireNonNull(override, "override");
        write(c -> {
            JudgementDao.putConsensus(c, override, name(), user);
            return null;
        });
    }

    public void removeConsensus(String vendor, String questionId, String reason) {
        write(c -> {
            JudgementDao.removeConsensus(c, vendor, questionId, reason, name(), user);
            return null;
        });
    }

    public List<ConsensusOverride> consensus() {
        return read(JudgementDao::consensus);
    }

    public void putSectionWeight(SectionWeightOverride override) {
        Objects.requireNonNull(override, "override");
        write(c -> {
            JudgementDao.putSectionWeight(c, override, user);
            return null;
        });
    }

    public void removeSectionWeight(String sectionId, String reason) {
        write(c -> {
            JudgementDao.removeSectionWeight(c, sectionId, reason, user);
            return null;
        });
    }

    public List<SectionWeightOverride> sectionWeights() {
        return read(JudgementDao::sectionWeights);
    }

    /**
     * Makes the section weight overrides exactly {@code overrides} in one transaction: each given
     * override is put (audited, unless it equals the stored one) and every other stored override is
     * removed with {@code removalReason} (audited). Used by the Scoring area's "Save weights" and its
     * undo, so a save or an undo is never half applied.
     */
    public void replaceSectionWeights(List<SectionWeightOverride> overrides, String removalReason) {
        List<SectionWeightOverride> wanted = List.copyOf(overrides);
        write(c -> {
            List<SectionWeightOverride> stored = JudgementDao.sectionWeights(c);
            for (SectionWeightOverride s : stored) {
                boolean kept = wanted.stream().anyMatch(w -> org.vendorbench.domain.Fold.same(w.sectionId(), s.sectionId()));
                if (!kept) JudgementDao.removeSectionWeight(c, s.sectionId(), removalReason, user);
            }
            for (SectionWeightOverride w : wanted) {
                boolean same = stored.stream().anyMatch(s -> org.vendorbench.domain.Fold.same(w.sectionId(), s.sectionId())
                        && s.weight() == w.weight() && Objects.equals(s.reason(), w.reason() == null ? null : w.reason().strip()));
                if (!same) JudgementDao.putSectionWeight(c, w, user);
            }
            return null;
        });
    }

    public void putAssumptionOverride(AssumptionOverride override) {
        Objects.requireNonNull(override, "override");
        write(c -> {
            JudgementDao.putAssumption(c, override, name(), user);
            return null;
        });
    }

    /** Removes the override of {@code key} for {@code vendor} (null: the one for all vendors). */
    public void removeAssumptionOverride(String key, String vendor, String reason) {
        write(c -> {
            JudgementDao.removeAssumption(c, key, vendor, reason, name(), user);
            return null;
        });
    }

    /**
     * Sets {@code puts} and removes the shared overrides of {@code removedSharedKeys} in ONE
     * transaction, each with its audit entry (all or nothing): the TCO area's Save of several
     * assumptions at once.
     */
    public void saveAssumptionOverrides(List<AssumptionOverride> puts, List<String> removedSharedKeys, String reason) {
        List<AssumptionOverride> p = List.copyOf(puts);
        List<String> r = List.copyOf(removedSharedKeys);
        write(c -> {
            for (AssumptionOverride o : p) JudgementDao.putAssumption(c, o, name(), user);
            for (String key : r) JudgementDao.removeAssumption(c, key, null, reason, name(), user);
            return null;
        });
    }

    public List<AssumptionOverride> assumptionOverrides() {
        return read(JudgementDao::assumptions);
    }

    // ---- checklist and evidence --------------------------------------------------------------

    /** The default cap on one evidence file. */
    public static final long DEFAULT_EVIDENCE_CAP = 50L * 1024 * 1024;

    /** Sets a vendor's checklist item state (upsert), audited with {@code reason} (may be null). */
    public void putChecklistEntry(ChecklistEntry entry, String reason) {
        Objects.requireNonNull(entry, "entry");
        write(c -> {
            ChecklistDao.putEntry(c, entry, reason, name(), user);
            return null;
        });
    }

    /** The stored checklist entries of a vendor (items never touched are absent). */
    public List<ChecklistEntry> checklistEntries(String vendor) {
        return read(c -> ChecklistDao.entries(c, Vendors.require(c, vendor, name())));
    }

    /** The stored checklist entries of every vendor, by vendor (first import first) and item. */
    public List<ChecklistEntry> checklistEntries() {
        return read(ChecklistDao::allEntries);
    }

    /** Attaches evidence bytes; refuses more than {@code sizeCap} bytes with a message naming the file. */
    public Evidence addEvidence(String vendor, String itemId, String fileName, byte[] bytes, long sizeCap) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length > sizeCap) {
            throw new WorkspaceException(fileName + " is larger than the evidence limit of " + ChecklistDao.megabytes(sizeCap));
        }
        return write(c -> ChecklistDao.addEvidence(c, vendor, itemId, fileName, bytes, name(), user));
    }

    /** Attaches evidence read from a stream (read before the transaction, at most {@code sizeCap} bytes). */
    public Evidence addEvidence(String vendor, String itemId, String fileName, InputStream in, long sizeCap) {
        Objects.requireNonNull(in, "in");
        byte[] bytes;
        try {
            bytes = ChecklistDao.readCapped(in, fileName, sizeCap);
        } catch (java.io.IOException e) {
            throw new WorkspaceException("cannot read " + fileName + ": " + e.getMessage(), e);
        }
        return addEvidence(vendor, itemId, fileName, bytes, sizeCap);
    }

    /**
     * One checklist change in ONE transaction: removes the {@code detach} evidence (audited with
     * {@code reason}, which removal requires), attaches the {@code attach} uploads to
     * {@code entry}'s vendor and item, then puts {@code entry} (skipped when null), each with its
     * audit entry. Any failure leaves the workspace as it was: no attachment without its entry
     * change and no entry change without its attachment.
     *
     * @return the attached evidence, in upload order
     */
    public List<Evidence> saveChecklistChange(String vendor, String itemId, ChecklistEntry entry, String reason,
                                              List<EvidenceUpload> attach, List<Long> detach) {
        Objects.requireNonNull(attach, "attach");
        Objects.requireNonNull(detach, "detach");
        if (entry != null && !(org.vendorbench.domain.Fold.same(entry.vendor(), vendor)
                && org.vendorbench.domain.Fold.same(entry.itemId(), itemId))) {
            throw new WorkspaceException("the checklist entry is for " + entry.vendor() + " " + entry.itemId()
                    + ", not " + vendor + " " + itemId);
        }
        for (EvidenceUpload u : attach) {
            if (u.bytes().length > DEFAULT_EVIDENCE_CAP) throw EvidenceUpload.tooLarge(u.fileName(), DEFAULT_EVIDENCE_CAP, u.bytes().length);
        }
        return write(c -> {
            for (Long id : detach) ChecklistDao.removeEvidence(c, id, reason, user);
            List<Evidence> added = new java.util.ArrayList<>();
            for (EvidenceUpload u : attach) {
                added.add(ChecklistDao.addEvidence(c, vendor, itemId, u.fileName(), u.bytes(), name(), user));
            }
            if (entry != null) ChecklistDao.putEntry(c, entry, reason, name(), user);
            return List.copyOf(added);
        });
    }

    /** One attachment's metadata by its ID. */
    public Optional<Evidence> evidenceById(long evidenceId) {
        return read(c -> Optional.ofNullable(ChecklistDao.evidence(c, evidenceId)));
    }

    public List<Evidence> evidence(String vendor) {
        return read(c -> ChecklistDao.evidenceOf(c, Vendors.require(c, vendor, name())));
    }

    public byte[] evidenceBytes(long evidenceId) {
        return read(c -> ChecklistDao.bytes(c, evidenceId));
    }

    public void removeEvidence(long evidenceId, String reason) {
        write(c -> {
            ChecklistDao.removeEvidence(c, evidenceId, reason, user);
            return null;
        });
    }

    // ---- contract and monitoring -------------------------------------------------------------

    /**
     * Marks {@code vendor} as signed: freezes its KPI terms (RFP target and thresholds with the
     * committed value of its current response), its price terms, the go-live date and the RFP's
     * contract term, in one audited transaction. Signing again replaces the baseline (the audit
     * entry keeps the old one). Refused when there is no RFP or no current response of the vendor.
     */
    public ContractBaseline signVendor(String vendor, LocalDate goLive, String reason) throws RefusedException {
        Objects.requireNonNull(goLive, "goLive");
        Rfp rfp = loadRfp().orElseThrow(() -> new RefusedException(name() + " has no RFP: load one before signing"));
        Vendors.Row row = read(c -> Vendors.find(c, vendor));
        if (row == null) throw new RefusedException("no vendor '" + vendor + "' in " + name());
        VendorResponse response = currentResponses().stream()
                .filter(r -> org.vendorbench.domain.Fold.same(r.vendor(), row.name())).findFirst()
                .orElseThrow(() -> new RefusedException("vendor '" + row.name() + "' has no current response in "
                        + name()));
        ContractBaseline b = ContractBaseline.freeze(rfp,
                response, goLive, LocalDate.now(java.time.ZoneOffset.UTC));
        ContractBaseline named = new ContractBaseline(row.name(), b.signedOn(), b.goLive(), b.termMonths(),
                b.currency(), b.pricing(), b.kpis());
        write(c -> {
            ContractDao.save(c, named, reason, name(), user);
            return null;
        });
        return named;
    }

    /** The signed contract, when a vendor has been signed. */
    public Optional<ContractBaseline> contract() {
        return read(ContractDao::load);
    }

    /**
     * Stores a KPI report of the signed vendor: every month it covers replaces that month's values
     * (audited per month). Refused when no vendor is signed. Returns the number of values stored.
     */
    public int importKpiReport(org.vendorbench.domain.monitoring.KpiReport report) throws RefusedException {
        Objects.requireNonNull(report, "report");
        if (contract().isEmpty()) {
            throw new RefusedException(name() + " has no signed vendor: sign one before importing KPI reports");
        }
        ContractBaseline contract = contract().orElseThrow();
        return write(c -> {
            int n = KpiMonthDao.importReport(c, report, user);
            MonitoringDao.sync(c, contract, user);
            return n;
        });
    }

    /** The assessment of every stored month against the signed contract; empty when none is signed. */
    public Optional<org.vendorbench.domain.monitoring.KpiMonitor.Report> monitorReport() {
        return contract().map(b -> org.vendorbench.domain.monitoring.KpiMonitor.assess(b.kpis(), kpiMonths()));
    }

    /** Remediation items opened by two consecutive months past a remediation threshold, oldest first. */
    public List<org.vendorbench.domain.monitoring.RemediationItem> remediationItems() {
        return read(MonitoringDao::remediationItems);
    }

    /**
     * Sets the owner, due date, notes, closure evidence and closing date of a remediation item
     * (audited); closing needs closure evidence.
     */
    public org.vendorbench.domain.monitoring.RemediationItem updateRemediation(long id, String owner, LocalDate due,
            String notes, String closureEvidence, LocalDate closedOn, String reason) {
        return write(c -> MonitoringDao.update(c, id, owner, due, notes, closureEvidence, closedOn, reason, user));
    }

    /** Exit rights recorded (any month past an exit threshold), by month. */
    public List<StoredExitRight> exitRights() {
        return read(MonitoringDao::exitRights);
    }

    /** Every stored monthly KPI value, by month and KPI ID. */
    public List<org.vendorbench.domain.monitoring.MonthlyValue> kpiMonths() {
        return read(KpiMonthDao::values);
    }

    /** The reported call volume per month (from reports with a Calls column). */
    public java.util.Map<java.time.YearMonth, Double> reportedVolumes() {
        return read(KpiMonthDao::volumes);
    }

    /**
     * Enters invoiced amounts (each replaces the same month and component), in one audited
     * transaction; {@code source} names where they came from (a file, "cli"). Refused when no vendor
     * is signed or an amount is negative.
     */
    public void putInvoices(List<org.vendorbench.domain.monitoring.Invoice> invoices, String source, String reason)
            throws RefusedException {
        if (contract().isEmpty()) {
            throw new RefusedException(name() + " has no signed vendor: sign one before entering invoices");
        }
        for (var i : invoices) {
            if (i.amount() < 0) throw new RefusedException("invoice " + i.month() + " " + i.component().code()
                    + ": the amount " + i.amount() + " is negative");
        }
        write(c -> {
            for (var i : invoices) InvoiceDao.put(c, i, source, reason, user);
            return null;
        });
    }

    /**
     * Imports an invoice sheet: each month it covers loses its stored invoice lines and gets the
     * sheet's (a component no longer listed is removed), in one transaction with one audit entry
     * per month (old and new amounts). Refused when no vendor is signed or an amount is negative.
     * Returns the number of month/component amounts stored.
     */
    public int importInvoices(org.vendorbench.domain.monitoring.InvoiceReport report, String reason)
            throws RefusedException {
        Objects.requireNonNull(report, "report");
        if (contract().isEmpty()) {
            throw new RefusedException(name() + " has no signed vendor: sign one before importing invoices");
        }
        for (var i : report.invoices()) {
            if (i.amount() < 0) throw new RefusedException("invoice " + i.month() + " " + i.component().code()
                    + ": the amount " + i.amount() + " is negative");
        }
        return write(c -> InvoiceDao.replaceMonths(c, report.invoices(), report.fileName(), reason, user));
    }

    /** Every invoice amount, by month and component. */
    public List<org.vendorbench.domain.monitoring.Invoice> invoices() {
        return read(InvoiceDao::all);
    }

    /** Marks a governance review as held (replaces the same cadence and period), audited. */
    public void putReview(org.vendorbench.domain.monitoring.GovernanceReview review, String reason) {
        Objects.requireNonNull(review, "review");
        write(c -> {
            GovernanceDao.put(c, review, reason, user);
            return null;
        });
    }

    /** Marks several governance reviews as held in one transaction (each replaces its cadence and period, each audited). */
    public void putReviews(List<org.vendorbench.domain.monitoring.GovernanceReview> reviews, String reason) {
        Objects.requireNonNull(reviews, "reviews");
        write(c -> {
            for (var r : reviews) GovernanceDao.put(c, r, reason, user);
            return null;
        });
    }

    /** Governance reviews held, by date. */
    public List<org.vendorbench.domain.monitoring.GovernanceReview> reviews() {
        return read(GovernanceDao::all);
    }

    // ---- audit log ---------------------------------------------------------------------------

    /** Every audit entry in storage order. */
    public List<AuditEntry> auditEntries() {
        return read(AuditLog::entries);
    }

    /** Recomputes the chain and compares its head with the anchor kept in the settings table. */
    public AuditChain.VerifyResult verifyAudit() {
        return read(c -> AuditChain.verify(AuditLog.entries(c), AuditLog.anchor(c)));
    }

    private String name() {
        return WorkspaceOpener.name(file);
    }

    // ---- settings ----------------------------------------------------------------------------

    /** Setting key of the blind-mode flag ({@code true}/{@code false}). */
    public static final String BLIND_MODE = "blind.mode";

    public Optional<String> setting(String key) {
        return read(c -> Settings.get(c, key));
    }

    /** Sets a setting (audited); keys under {@code audit.} are reserved. */
    public void putSetting(String key, String value, String reason) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (key.startsWith("audit.")) throw new WorkspaceException("setting '" + key + "' is reserved");
        write(c -> {
            String old = Settings.get(c, key).orElse(null);
            if (value.equals(old)) return null;
            Settings.putRaw(c, key, value);
            AuditLog.append(c, user, "setting/" + key, "put", old, value, reason);
            return null;
        });
    }

    public boolean blindMode() {
        return setting(BLIND_MODE).map(Boolean::parseBoolean).orElse(false);
    }

    public void setBlindMode(boolean on) {
        putSetting(BLIND_MODE, Boolean.toString(on), null);
    }

    // ---- transactions ------------------------------------------------------------------------

    /** Database work that may throw SQL errors. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs a read. */
    synchronized <T> T read(SqlWork<T> work) {
        ensureOpen();
        try {
            return work.run(conn);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Runs several writes (an import of many files) as ONE transaction, each write inside it still
     * all or nothing (a savepoint: a write that fails leaves no trace, the others stay). Everything
     * is committed, with one disk sync, when {@code work} returns; if it throws, or the commit
     * fails, nothing of the batch is stored. So a crash or a full disk during an import leaves the
     * workspace as it was before the import, and an import of 50 files pays one commit instead of
     * 50. Other threads' writes wait until the batch ends (this object's lock is held throughout).
     * A batch inside a batch is part of the outer one.
     *
     * @throws WorkspaceException when the batch could not be committed (nothing was stored), or
     *                            when a write inside it failed in a way that lost the transaction
     */
    public synchronized <T> T inOneTransaction(java.util.function.Supplier<T> work) {
        ensureOpen();
        if (readOnly || inBatch) return work.get();
        inBatch = true;
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            endBatch(false, e);
            throw e;
        }
        endBatch(true, null);
        return result;
    }

    /** True while {@link #inOneTransaction} runs; {@link #batchOpen} once its first write began the transaction. */
    private boolean inBatch;
    private boolean batchOpen;
    /** Set when SQLite ended the batch's transaction itself (e.g. disk full): no later write may run outside it. */
    private WorkspaceException batchLost;

    private void endBatch(boolean commit, Throwable failure) {
        inBatch = false;
        WorkspaceException lost = batchLost;
        batchLost = null;
        if (!batchOpen) return;
        batchOpen = false;
        if (commit && lost == null) {
            try {
                conn.commit();
            } catch (SQLException e) {
                rollback(e);
                endTransaction(false);
                throw failure(e);
            }
            endTransaction(true);
            return;
        }
        Exception cause = failure instanceof Exception ex ? ex : new IllegalStateException("batch failed");
        rollback(cause);
        endTransaction(false);
        if (commit) throw lost; // work returned, but a write had lost the transaction: nothing is stored
    }

    /** One write of a batch: a savepoint inside the batch's transaction (begun by the first write). */
    private <T> T writeInBatch(SqlWork<T> work) {
        if (batchLost != null) throw batchLost;
        try {
            if (!batchOpen) {
                if (!wal) wal = WorkspaceOpener.enableWal(conn);
                conn.setAutoCommit(false);
                batchOpen = true;
            }
            exec("SAVEPOINT vb_write");
        } catch (SQLException e) {
            throw failure(e);
        }
        try {
            T result = work.run(conn);
            exec("RELEASE vb_write");
            return result;
        } catch (SQLException e) {
            WorkspaceException f = failure(e);
            undoWrite(f);
            throw f;
        } catch (RuntimeException e) {
            undoWrite(e);
            throw e;
        }
    }

    /**
     * Takes one failed write of a batch back. When SQLite has already rolled the whole transaction
     * back itself (a full disk, some I/O errors), the savepoint is gone with it: the batch is lost.
     */
    private void undoWrite(RuntimeException cause) {
        try {
            exec("ROLLBACK TO vb_write");
            exec("RELEASE vb_write");
        } catch (SQLException e) {
            cause.addSuppressed(e);
            batchLost = cause instanceof WorkspaceException w ? w
                    : new WorkspaceException(WorkspaceOpener.name(file) + ": the import's transaction was lost", cause);
        }
    }

    private void exec(String sql) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute(sql);
        }
    }

    /** Runs {@code work} in one transaction: everything is committed or, on any failure, nothing. */
    synchronized <T> T write(SqlWork<T> work) {
        ensureOpen();
        if (readOnly) throw new WorkspaceException(WorkspaceOpener.name(file) + " is open read-only");
        if (inBatch) return writeInBatch(work);
        try {
            if (!wal) wal = WorkspaceOpener.enableWal(conn);
            conn.setAutoCommit(false);
        } catch (SQLException e) {
            throw failure(e);
        }
        boolean committed = false;
        try {
            T result = work.run(conn);
            conn.commit();
            committed = true;
            return result;
        } catch (SQLException e) {
            rollback(e);
            throw failure(e);
        } catch (RuntimeException e) {
            rollback(e);
            throw e;
        } finally {
            endTransaction(committed);
        }
    }

    /**
     * Rolls back after a failure. SQLite rolls a transaction back by itself on some errors (a full
     * disk, some I/O errors), so "no transaction is active" here is not a new problem: the cause
     * stays the reported error.
     */
    private void rollback(Exception cause) {
        try {
            conn.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * Back to auto-commit. The driver sets its flag before it sends the closing COMMIT, and that
     * COMMIT fails only when SQLite already ended the transaction itself (see {@link #rollback}):
     * then nothing is open and the flag is right, so the failure must not hide the real error.
     */
    private void endTransaction(boolean committed) {
        try {
            conn.setAutoCommit(true);
        } catch (SQLException e) {
            if (committed) throw failure(e);
        }
    }

    private WorkspaceException failure(SQLException e) {
        return new WorkspaceException(WorkspaceOpener.name(file) + ": " + WorkspaceOpener.firstLine(e.getMessage()), e);
    }

    private void ensureOpen() {
        if (closed) throw new WorkspaceException(WorkspaceOpener.name(file) + " is closed");
    }

    /**
     * Checkpoints the WAL into the file (so a copied .vbench is complete), closes it and releases
     * the lock. The file is left in rollback-journal mode when no reader has it open, so later
     * read-only opens (info, audit, a read-only folder) need and leave no {@code -wal}/{@code -shm}
     * files; the next read-write open turns WAL on again.
     */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        try {
            if (!readOnly && wal) {
                try (Statement st = conn.createStatement()) {
                    st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                    st.execute("PRAGMA busy_timeout = 0");
                    try {
                        st.execute("PRAGMA journal_mode = DELETE");
                    } catch (SQLException busy) {
                        // a reader still has the file open: it stays in WAL mode, already checkpointed
                    }
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            closeQuietly(conn);
            if (lock != null) lock.close();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
            Files.deleteIfExists(p.resolveSibling(p.getFileName() + "-wal"));
            Files.deleteIfExists(p.resolveSibling(p.getFileName() + "-shm"));
        } catch (java.io.IOException ignored) {
            // best effort cleanup of a failed create
        }
    }
}

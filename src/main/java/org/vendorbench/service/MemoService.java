package org.vendorbench.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vendorbench.domain.Assumption;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.audit.AuditEntry;
import org.vendorbench.domain.checklist.ChecklistDefinition;
import org.vendorbench.domain.checklist.ChecklistEntry;
import org.vendorbench.domain.checklist.Evidence;
import org.vendorbench.domain.checklist.Readiness;
import org.vendorbench.domain.evaluation.Evaluation;
import org.vendorbench.domain.evaluation.EvaluationRequest;
import org.vendorbench.domain.tco.MonteCarlo;
import org.vendorbench.domain.tco.TcoKey;
import org.vendorbench.io.AtomicFiles;
import org.vendorbench.memo.MemoComposer;
import org.vendorbench.memo.MemoFacts;
import org.vendorbench.memo.MemoRenderer;
import org.vendorbench.memo.MemoSpec;
import org.vendorbench.store.AssumptionOverride;
import org.vendorbench.store.ContentHash;
import org.vendorbench.store.Workspace;
import org.vendorbench.store.WorkspaceInfo;

/**
 * The decision memo as a use case, shared by the {@code memo} command and the GUI's Memo area:
 * gathers what the memo needs (evaluation, checklist with evidence or with the workbooks' claims,
 * consensus reasons, assumption override history, audit head, content hash), composes it and
 * renders it. The memo's date and creation time come from the inputs (the last audit entry, or the
 * RFP's issue date in file mode), never the clock, so the same inputs give byte-identical PDFs.
 */
public final class MemoService {
    /** What {@link MemoFacts#contentHashRule()} says in workspace mode. */
    public static final String WORKSPACE_HASH_RULE = "SHA-256 over a canonical export of every stored table except the"
            + " audit log (" + ContentHash.VERSION + ", see docs/memo.md); not the file's bytes";
    /** What {@link MemoFacts#contentHashRule()} says in file mode. */
    public static final String FILES_HASH_RULE = "SHA-256 of the lines '<SHA-256 of the file>  <file name>' (sha256sum"
            + " format, one per input: RFP, scores, responses in command-line order)";

    /** Monte Carlo runs behind the memo's P10/P50/P90 unless the caller says otherwise. */
    public static final int DEFAULT_RUNS = 1000;
    /** The default Monte Carlo seed: the same as {@code evaluate}'s, so the figures agree. */
    public static final long DEFAULT_SEED = 1L;

    private static final ObjectMapper JSON = new ObjectMapper();

    private MemoService() {}

    /**
     * What the GUI's Memo area offers: final or draft, PDF/A-2A instead of PDF/UA-1, the appendix, the
     * author on the cover, the Monte Carlo runs (0 = none) and the memo date (null = from the inputs).
     * The seed is {@link #DEFAULT_SEED}, so the preview is byte for byte what {@code vendorbench memo}
     * writes with the same options.
     */
    public record Options(boolean finalStatus, boolean pdfa, boolean appendix, String preparedBy, int runs,
                          LocalDate date) {
        public Options {
            preparedBy = preparedBy == null || preparedBy.isBlank() ? "Vendorbench" : preparedBy.strip();
            if (runs < 0) throw new IllegalArgumentException("runs must be 0 or more");
        }

        /** Draft, PDF/UA, with appendix, prepared by "Vendorbench", {@value #DEFAULT_RUNS} runs, date from the inputs. */
        public static Options defaults() {
            return new Options(false, false, true, "Vendorbench", DEFAULT_RUNS, null);
        }

        Settings settings() {
            return new Settings(preparedBy, finalStatus, appendix, date, runs, DEFAULT_SEED);
        }
    }

    /**
     * Renders the memo of a workspace; the uncertainty run reports to {@code monitor} and stops when it
     * says so ({@link java.util.concurrent.CancellationException}).
     */
    public static byte[] render(Workspace ws, Options o, MonteCarlo.Monitor monitor) throws RefusedException {
        return fromWorkspace(ws, o.settings(), monitor).render(o.pdfa());
    }

    /**
     * The caller's choices.
     *
     * @param date  the memo date; null = from the inputs
     * @param runs  Monte Carlo runs (0 = none)
     */
    public record Settings(String preparedBy, boolean finalStatus, boolean appendix, LocalDate date, int runs, long seed) {
        public static Settings defaults() {
            return new Settings("Vendorbench", false, true, null, DEFAULT_RUNS, DEFAULT_SEED);
        }
    }

    /** A composed memo with what it was made from. */
    public record Memo(MemoSpec spec, Evaluation evaluation, MemoFacts facts) {
        /** Renders the PDF (PDF/UA-1, or PDF/A-2A with {@code pdfa}). */
        public byte[] render(boolean pdfa) {
            return new MemoRenderer().render(spec, new MemoRenderer.Options(pdfa));
        }

        /** Renders and writes atomically: the old file or the complete new one. */
        public byte[] write(Path out, boolean pdfa) throws IOException {
            byte[] pdf = render(pdfa);
            AtomicFiles.write(out, pdf);
            return pdf;
        }
    }

    /** The memo of what a workspace holds (read only; nothing is written to it). */
    public static Memo fromWorkspace(Workspace ws, Settings s) throws RefusedException {
        return fromWorkspace(ws, s, MonteCarlo.Monitor.NONE);
    }

    /** As {@link #fromWorkspace(Workspace, Settings)}, reporting the uncertainty run's progress to {@code monitor}. */
    public static Memo fromWorkspace(Workspace ws, Settings s, MonteCarlo.Monitor monitor) throws RefusedException {
        Evaluation ev = Evaluation.run(WorkspaceEvaluation.request(ws, s.runs(), s.seed()), monitor);
        List<AuditEntry> audit = ws.auditEntries();
        Instant createdAt = audit.isEmpty() ? Instant.EPOCH : audit.get(audit.size() - 1).time();
        LocalDate date = s.date() != null ? s.date() : MemoComposer.dateOf(createdAt);
        Rfp rfp = ev.rfp();
        ChecklistDefinition def = ChecklistDefinition.effective(rfp, ChecklistDefinition.Mode.MERGE);
        Clock asOf = asOf(date);
        List<MemoFacts.VendorChecklist> checklists = new ArrayList<>();
        List<String> stored = ws.vendors();
        for (Evaluation.VendorEvaluation v : ev.ranking()) {
            Optional<String> name = stored.stream().filter(x -> Fold.same(x, v.vendor())).findFirst();
            if (name.isEmpty()) continue;
            List<ChecklistEntry> entries = ChecklistClaims.apply(ws.checklistEntries(name.get()), def, rfp, v.response(), name.get());
            List<Evidence> evidence = ws.evidence(name.get());
            Map<String, List<Evidence>> byItem = new java.util.LinkedHashMap<>();
            for (Evidence e : evidence) byItem.computeIfAbsent(e.itemId(), k -> new ArrayList<>()).add(e);
            checklists.add(new MemoFacts.VendorChecklist(Readiness.assess(name.get(), def, entries, byItem, asOf), evidence));
        }
        WorkspaceInfo info = ws.info();
        String hash = ContentHash.of(ws);
        MemoFacts facts = new MemoFacts(true, checklists, ws.consensus(), assumptionChanges(rfp, ws.assumptionOverrides(), audit),
                new MemoFacts.AuditHead(info.auditEntries(), info.auditHeadHash()), hash, WORKSPACE_HASH_RULE);
        return compose(ev, s, date, createdAt, facts);
    }

    /**
     * The memo of files read by the caller (one-shot mode): the checklist holds only the workbooks'
     * claims, shown as not verified.
     *
     * @param inputs the files the request was read from, in command-line order (RFP, scores, responses)
     */
    public static Memo fromFiles(EvaluationRequest request, List<Path> inputs, Settings s) throws RefusedException, IOException {
        return fromRequest(request, filesHash(inputs), s);
    }

    /**
     * As {@link #fromFiles} for a request built in memory (benchmarks, tests): {@code contentHash}
     * is whatever identifies its inputs.
     */
    public static Memo fromRequest(EvaluationRequest request, String contentHash, Settings s) throws RefusedException {
        Evaluation ev = Evaluation.run(request.withRuns(s.runs(), s.seed()));
        Rfp rfp = ev.rfp();
        Instant createdAt = rfp.issued() != null ? rfp.issued().atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.EPOCH;
        LocalDate date = s.date() != null ? s.date() : MemoComposer.dateOf(createdAt);
        ChecklistDefinition def = ChecklistDefinition.effective(rfp, ChecklistDefinition.Mode.MERGE);
        List<MemoFacts.VendorChecklist> checklists = new ArrayList<>();
        for (Evaluation.VendorEvaluation v : ev.ranking()) {
            VendorResponse r = v.response();
            List<ChecklistEntry> claims = ChecklistClaims.apply(List.of(), def, rfp, r, v.vendor());
            checklists.add(new MemoFacts.VendorChecklist(Readiness.assess(v.vendor(), def, claims, Map.of(), asOf(date)), List.of()));
        }
        MemoFacts facts = new MemoFacts(false, checklists, request.overrides(), List.of(), null, contentHash, FILES_HASH_RULE);
        return compose(ev, s, date, createdAt, facts);
    }

    private static Memo compose(Evaluation ev, Settings s, LocalDate date, Instant createdAt, MemoFacts facts) {
        MemoSpec spec = MemoComposer.compose(ev, new MemoComposer.Options(s.preparedBy(), s.finalStatus(), date, createdAt,
                s.appendix(), facts.contentHash(), null), facts);
        return new Memo(spec, ev, facts);
    }

    /** The checklist is judged on the memo's date (expiry, overdue), not on the day it is printed. */
    private static Clock asOf(LocalDate date) {
        return Clock.fixed(date.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }

    /** {@link #FILES_HASH_RULE}: reproducible with {@code sha256sum} on the inputs. */
    static String filesHash(List<Path> inputs) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Path p : inputs) lines.append(DemoData.sha256(p)).append("  ").append(p.getFileName()).append('\n');
        return MemoComposer.fingerprint(lines.toString());
    }

    /**
     * Each override in force with the value before it and who set it: from the last {@code put}
     * audit entry of its entity ({@code assumption/<key>[/<vendor>]}); the value before is that
     * entry's old value, or the RFP's value (else the model default) when it was the first override.
     */
    static List<MemoFacts.AssumptionChange> assumptionChanges(Rfp rfp, List<AssumptionOverride> overrides, List<AuditEntry> audit) {
        List<MemoFacts.AssumptionChange> out = new ArrayList<>();
        for (AssumptionOverride o : overrides) {
            String entity = "assumption/" + o.key() + (o.vendor() == null ? "" : "/" + o.vendor());
            AuditEntry last = null;
            for (AuditEntry e : audit) {
                if ("put".equals(e.action()) && Fold.same(e.entity(), entity)) last = e;
            }
            Double old = last == null ? null : value(last.oldValue());
            if (old == null) old = rfpValue(rfp, o.key());
            out.add(new MemoFacts.AssumptionChange(o.key(), o.vendor(), old, o.value(), last == null ? null : last.user(),
                    last == null ? null : last.time(), o.reason()));
        }
        return out;
    }

    private static Double rfpValue(Rfp rfp, String key) {
        for (Assumption a : rfp.assumptions()) if (Fold.same(a.key(), key)) return a.value();
        TcoKey k = TcoKey.parse(key);
        return k == null || k.required() ? null : k.defaultValue();
    }

    private static Double value(String json) {
        if (json == null) return null;
        try {
            JsonNode n = JSON.readTree(json.getBytes(StandardCharsets.UTF_8)).get("value");
            return n == null || !n.isNumber() ? null : n.asDouble();
        } catch (IOException e) {
            return null;
        }
    }
}

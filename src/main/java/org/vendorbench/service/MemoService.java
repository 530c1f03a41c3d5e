package org.vendorbench.service;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.vendorbench.domain.RefusedException;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;
import org.vendorbench.domain.audit.AuditEntry;
import org.vendorbench.domain.evaluation.Evaluation;
import org.vendorbench.domain.evaluation.EvaluationRequest;
import org.vendorbench.domain.tco.MonteCarlo;
import org.vendorbench.memo.MemoComposer;
import org.vendorbench.memo.MemoRenderer;
import org.vendorbench.memo.MemoSpec;
import org.vendorbench.store.Workspace;
import org.vendorbench.store.WorkspaceInfo;
import org.vendorbench.workbook.ResponseReader;
import org.vendorbench.workbook.RfpReader;

/**
 * The decision memo as PDF bytes, from a workspace or from workbook files: evaluate, compose,
 * render. One implementation for the {@code memo} command and the GUI's Memo area, so the preview
 * shows exactly the file the command writes. The creation time and date come from the inputs (the
 * last audit entry, or the RFP's issue date), never the clock, so the same inputs and options give
 * the same bytes.
 */
public final class MemoService {
    /** Monte Carlo runs behind the memo's P10/P50/P90 unless the caller says otherwise. */
    public static final int DEFAULT_RUNS = 1000;
    /** The memo's fixed Monte Carlo seed (reproducible figures). */
    public static final long SEED = 42L;

    /**
     * What the user chooses: final or draft, PDF/A-2A instead of PDF/UA-1, the appendix, the author on
     * the cover, the Monte Carlo runs (0 = none) and the memo date (null = from the inputs).
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
    }

    private MemoService() {}

    /** The memo of what {@code ws} holds (its RFP, current responses, scores, overrides, audit head). */
    public static byte[] render(Workspace ws, Options o) throws RefusedException {
        return render(ws, o, MonteCarlo.Monitor.NONE);
    }

    /**
     * As {@link #render(Workspace, Options)}; the uncertainty run reports to {@code monitor} and stops
     * when it says so ({@link CancellationException}).
     */
    public static byte[] render(Workspace ws, Options o, MonteCarlo.Monitor monitor) throws RefusedException {
        Evaluation ev = Evaluation.run(WorkspaceEvaluation.request(ws, o.runs(), SEED), monitor);
        List<AuditEntry> audit = ws.auditEntries();
        Instant createdAt = audit.isEmpty() ? Instant.EPOCH : audit.get(audit.size() - 1).time();
        WorkspaceInfo info = ws.info();
        String canonical = ws.loadRfp() + "\n" + ws.currentResponses() + "\n" + ws.scores() + "\n" + ws.consensus()
                + "\n" + ws.assumptionOverrides() + "\n" + info.auditHeadHash();
        String checklistNote = "Workspace audit head: entry " + info.auditEntries() + ", hash " + info.auditHeadHash()
                + "; " + info.checklistEntries() + " checklist entries, " + info.evidence() + " evidence files.";
        return render(ev, o, createdAt, canonical, checklistNote);
    }

    /** One-shot mode: the memo of an RFP workbook and response workbooks (no evaluator scores). */
    public static byte[] render(Path rfpFile, List<Path> responseFiles, Options o) throws RefusedException {
        Rfp rfp = RfpReader.read(rfpFile);
        List<VendorResponse> rs = new ArrayList<>();
        for (Path p : responseFiles) rs.add(ResponseReader.read(p, rfp, null));
        Evaluation ev = Evaluation.run(new EvaluationRequest(rfp, rs, List.of(), List.of(), Map.of(), Map.of(), Map.of(),
                o.runs(), SEED));
        // no workspace: the inputs' own date (RFP issue date), never the clock
        Instant createdAt = rfp.issued() != null ? rfp.issued().atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.EPOCH;
        return render(ev, o, createdAt, rfp + "\n" + rs, null);
    }

    private static byte[] render(Evaluation ev, Options o, Instant createdAt, String canonical, String checklistNote) {
        MemoSpec memo = MemoComposer.compose(ev, new MemoComposer.Options(o.preparedBy(), o.finalStatus(),
                o.date() != null ? o.date() : MemoComposer.dateOf(createdAt), createdAt, o.appendix(),
                MemoComposer.fingerprint(canonical), checklistNote));
        return new MemoRenderer().render(memo, new MemoRenderer.Options(o.pdfa()));
    }
}

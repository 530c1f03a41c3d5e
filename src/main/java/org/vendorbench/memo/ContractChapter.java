package org.vendorbench.memo;

import static org.vendorbench.memo.MemoFormat.num;

import java.util.ArrayList;
import java.util.List;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.KpiCommitment;
import org.vendorbench.domain.evaluation.Evaluation;
import org.vendorbench.domain.evaluation.Evaluation.VendorEvaluation;
import org.vendorbench.domain.governance.GovernanceCadence;

/**
 * Chapter 5: the KPI contract terms for the recommended vendor (the article's table: target,
 * remediation and exit thresholds, plus the vendor's commitment) and the governance cadence the
 * contract should fix (weekly, monthly, quarterly, annual, as in the article).
 */
final class ContractChapter {
    private ContractChapter() {}

    static void chapter(Evaluation ev, List<MemoBlock> b) {
        if (ev.winner().isEmpty()) return;
        VendorEvaluation w = ev.winner().get();
        b.add(new MemoBlock.Heading(1, "KPI contract terms: " + w.vendor(), true));
        List<List<String>> rows = new ArrayList<>();
        for (Kpi k : ev.rfp().kpis()) {
            String commit = w.response().kpi(k.id()).map(ContractChapter::commitment).orElse("(none)");
            rows.add(List.of(k.id(), k.name(), num(k.target()), k.remediationThreshold() == null ? "-" : num(k.remediationThreshold()),
                    num(k.exitThreshold()), commit));
        }
        b.add(new MemoBlock.Table("KPI contract terms", List.of("ID", "KPI", "Target", "Remediation", "Exit", "Commitment"),
                new float[] {1, 4, 1.3f, 1.3f, 1.3f, 1.6f}, new boolean[] {false, false, true, true, true, true}, rows));
        b.add(new MemoBlock.Heading(2, "Governance cadence"));
        List<List<String>> cadence = new ArrayList<>();
        for (GovernanceCadence c : GovernanceCadence.values()) {
            cadence.add(List.of(c.label, c.aim, String.join("; ", c.agenda)));
        }
        b.add(new MemoBlock.Table("Reporting and review cadence to write into the contract",
                List.of("Cadence", "What it covers", "Agenda"), new float[] {1.1f, 4, 4},
                new boolean[] {false, false, false}, cadence));
    }

    private static String commitment(KpiCommitment c) {
        return c.value() != null ? num(c.value()) : (c.raw() == null ? "(none)" : c.raw());
    }
}

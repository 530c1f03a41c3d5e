package org.vendorbench.memo;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.vendorbench.domain.ConsensusOverride;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.checklist.Evidence;
import org.vendorbench.domain.checklist.ReadinessReport;

/**
 * What the memo shows beyond the {@code Evaluation}: checklist state, consensus overrides with their
 * reasons, the history of assumption overrides and the provenance (audit head, content hash).
 * Built by {@code service.MemoService} from a workspace (checklist verified by people, with
 * evidence) or from files (checklist claims read from the workbooks only, nothing verified).
 *
 * @param fromWorkspace     true when the checklist state was verified in a workspace; false in
 *                          one-shot file mode, where the checklist holds only the vendors' claims
 * @param checklists        one per vendor (any order; looked up by folded name)
 * @param consensus         consensus overrides with the lead's reasons
 * @param assumptionChanges the assumption overrides in force, each with who set it and the value before
 * @param auditHead         the workspace's audit head, or null in file mode
 * @param contentHash       SHA-256 (hex) of the data the memo was made from (see docs/memo.md)
 * @param contentHashRule   one line saying what {@code contentHash} covers
 */
public record MemoFacts(boolean fromWorkspace, List<VendorChecklist> checklists, List<ConsensusOverride> consensus,
                        List<AssumptionChange> assumptionChanges, AuditHead auditHead, String contentHash,
                        String contentHashRule) {
    public MemoFacts {
        checklists = List.copyOf(checklists);
        consensus = List.copyOf(consensus);
        assumptionChanges = List.copyOf(assumptionChanges);
    }

    /** A vendor's readiness report with its evidence attachments (empty in file mode). */
    public record VendorChecklist(ReadinessReport report, List<Evidence> evidence) {
        public VendorChecklist {
            evidence = List.copyOf(evidence);
        }

        /** The attachments of one item (item IDs compared folded). */
        public List<Evidence> evidenceOf(String itemId) {
            return evidence.stream().filter(e -> Fold.same(e.itemId(), itemId)).toList();
        }
    }

    /**
     * An assumption override in force.
     *
     * @param vendor   null when it applies to every vendor
     * @param oldValue the value before it (the previous override, else the RFP's value; null when unknown)
     * @param user     who set it (from the audit log; null when not found)
     * @param time     when (null when not found)
     */
    public record AssumptionChange(String key, String vendor, Double oldValue, double newValue, String user,
                                   Instant time, String reason) {}

    /** The last entry of the workspace's audit chain: its sequence number and hash. */
    public record AuditHead(long seq, String hash) {}

    /** Facts for a memo with no checklist, judgements or history (e.g. a test or a bare evaluation). */
    public static MemoFacts none(String contentHash, String rule) {
        return new MemoFacts(false, List.of(), List.of(), List.of(), null, contentHash, rule);
    }

    /** The checklist of {@code vendor} (folded), if any. */
    public Optional<VendorChecklist> checklist(String vendor) {
        return checklists.stream().filter(c -> Fold.same(c.report().vendor(), vendor)).findFirst();
    }
}

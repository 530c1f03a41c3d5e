package org.vendorbench.domain.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.ChecklistItemDef;

class ReadinessTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final String VENDOR = "Acme Patient Access";

    /** Every built-in item verified properly, with evidence where needed. */
    private static List<ChecklistEntry> allVerified(LocalDate evidenceDate) {
        List<ChecklistEntry> entries = new ArrayList<>();
        for (ChecklistItemDef d : BuiltInChecklist.items()) {
            entries.add(new ChecklistEntry(VENDOR, d.id(), ChecklistStatus.VERIFIED, "dana", null, TODAY.minusDays(5), "dana",
                    null, null, evidenceDate, null));
        }
        return entries;
    }

    private static Map<String, List<Evidence>> evidenceForAll() {
        Map<String, List<Evidence>> m = new HashMap<>();
        for (ChecklistItemDef d : BuiltInChecklist.items()) {
            // keys in another spelling: lookups fold IDs
            m.put(d.id().toLowerCase().replace('-', ' '), List.of(new Evidence(1, VENDOR, d.id(), d.id() + ".pdf", 10, "ab",
                    Instant.parse("2026-11-01T00:00:00Z"))));
        }
        return m;
    }

    private static List<ChecklistEntry> replace(List<ChecklistEntry> entries, ChecklistEntry e) {
        List<ChecklistEntry> copy = new ArrayList<>(entries);
        copy.removeIf(x -> x.itemId().equals(e.itemId()));
        copy.add(e);
        return copy;
    }

    @Test
    void readyWhenEveryRequiredItemIsVerified() {
        ReadinessReport r = Readiness.assess(VENDOR, BuiltInChecklist.items(), allVerified(TODAY.minusMonths(2)),
                evidenceForAll(), Fixtures.clockAt(TODAY));
        assertThat(r.ready()).isTrue();
        assertThat(r.asOf()).isEqualTo(TODAY);
        assertThat(r.missing()).isEmpty();
        assertThat(r.groups()).extracting(ReadinessReport.Group::total).containsExactly(6, 5, 5, 4);
        assertThat(r.groups()).extracting(ReadinessReport.Group::verified).containsExactly(6, 5, 5, 4);
        assertThat(r.groups().get(3).items()).extracting(a -> a.item().id()).containsExactly("OM-01", "OM-02", "OM-03", "OM-04");
        assertThat(r.groups().get(3).items()).allMatch(a -> a.status() == EffectiveStatus.VERIFIED);
        assertThat(r.summary()).isEqualTo("Acme Patient Access is ready to sign: all 20 required checklist items are verified or not applicable.");
    }

    @Test
    void nothingDoneMeansEverythingMissingAndNotReady() {
        ReadinessReport r = Readiness.assess(VENDOR, BuiltInChecklist.items(), List.of(), Map.of(), Fixtures.clockAt(TODAY));
        assertThat(r.ready()).isFalse();
        assertThat(r.missing()).hasSize(20).allMatch(m -> m.status() == EffectiveStatus.NOT_STARTED);
        assertThat(r.groups().get(0).summary()).isEqualTo("Compliance and Security: 0 of 6 required items verified or not applicable; 6 missing.");
        assertThat(r.summary()).startsWith("Acme Patient Access is not ready to sign: 0 of 20 required items");
    }

    @Test
    void anExpiredAuditBlocksSigningTheDayAfterTwelveMonths() {
        LocalDate auditDate = TODAY.minusMonths(12);
        List<ChecklistEntry> entries = allVerified(auditDate);
        Map<String, List<Evidence>> ev = evidenceForAll();
        assertThat(Readiness.assess(VENDOR, BuiltInChecklist.items(), entries, ev, Fixtures.clockAt(TODAY)).ready()).isTrue();
        ReadinessReport after = Readiness.assess(VENDOR, BuiltInChecklist.items(), entries, ev, Fixtures.clockAt(TODAY.plusDays(1)));
        assertThat(after.ready()).isFalse();
        assertThat(after.missing()).extracting(ReadinessReport.Missing::itemId).containsExactly("CS-02", "CS-06");
        assertThat(after.missing()).allMatch(m -> m.status() == EffectiveStatus.EXPIRED && m.reason() != null);
        assertThat(after.summary()).contains("2 expired");
    }

    @Test
    void notApplicableWithReasonCountsButWithoutReasonDoesNot() {
        ChecklistEntry naOk = new ChecklistEntry(VENDOR, "VQ-04", ChecklistStatus.NOT_APPLICABLE, null, null, null, null, null,
                "Paper-based scheduling, no EHR", null, null);
        List<ChecklistEntry> entries = replace(allVerified(TODAY.minusMonths(1)), naOk);
        ReadinessReport r = Readiness.assess(VENDOR, BuiltInChecklist.items(), entries, evidenceForAll(), Fixtures.clockAt(TODAY));
        assertThat(r.ready()).isTrue();
        assertThat(r.groups().get(1).notApplicable()).isEqualTo(1);
        assertThat(r.groups().get(1).verified()).isEqualTo(4);

        ChecklistEntry naBad = new ChecklistEntry(VENDOR, "VQ-04", ChecklistStatus.NOT_APPLICABLE, null, null, null, null, null,
                " ", null, null);
        ReadinessReport bad = Readiness.assess(VENDOR, BuiltInChecklist.items(), replace(entries, naBad), evidenceForAll(),
                Fixtures.clockAt(TODAY));
        assertThat(bad.ready()).isFalse();
        assertThat(bad.missing()).singleElement().satisfies(m -> {
            assertThat(m.itemId()).isEqualTo("VQ-04");
            assertThat(m.status()).isEqualTo(EffectiveStatus.INVALID);
        });
    }

    @Test
    void missingItemsCarryOwnerDueDateAndOverdueFlag() {
        ChecklistEntry late = new ChecklistEntry(VENDOR, "CK-03", ChecklistStatus.IN_PROGRESS, "Lee (legal)", TODAY.minusDays(2),
                null, null, null, null, null, "claimed, not verified: vendor answered 'Yes' to Q9");
        ChecklistEntry failed = new ChecklistEntry(VENDOR, "CK-01", ChecklistStatus.FAILED, "Lee (legal)", TODAY.plusDays(3),
                null, null, "Adjectives only", null, null, null);
        List<ChecklistEntry> entries = replace(replace(allVerified(TODAY.minusMonths(1)), late), failed);
        ReadinessReport r = Readiness.assess(VENDOR, BuiltInChecklist.items(), entries, evidenceForAll(), Fixtures.clockAt(TODAY));
        ReadinessReport.Group contract = r.groups().get(2);
        assertThat(contract.name()).isEqualTo("Contract and KPIs");
        assertThat(contract.missing()).extracting(ReadinessReport.Missing::itemId).containsExactly("CK-01", "CK-03");
        ReadinessReport.Missing ck03 = contract.missing().get(1);
        assertThat(ck03.owner()).isEqualTo("Lee (legal)");
        assertThat(ck03.dueDate()).isEqualTo(TODAY.minusDays(2));
        assertThat(ck03.overdue()).isTrue();
        assertThat(ck03.claim()).startsWith("claimed, not verified");
        assertThat(contract.missing().get(0).overdue()).isFalse();
        assertThat(contract.overdue()).isEqualTo(1);
        assertThat(contract.summary()).isEqualTo("Contract and KPIs: 3 of 5 required items verified or not applicable; 2 missing; 1 overdue.");
        assertThat(r.summary()).isEqualTo("Acme Patient Access is not ready to sign: 18 of 20 required items verified or not applicable;"
                + " 2 missing, 1 failed, 1 overdue.");
    }

    @Test
    void verifiedComplianceItemWithoutEvidenceIsNotReady() {
        Map<String, List<Evidence>> ev = evidenceForAll();
        ev.remove("cs 01");
        ReadinessReport r = Readiness.assess(VENDOR, BuiltInChecklist.items(), allVerified(TODAY.minusMonths(1)), ev, Fixtures.clockAt(TODAY));
        assertThat(r.ready()).isFalse();
        assertThat(r.missing()).singleElement().satisfies(m -> assertThat(m.reason()).contains("evidence"));
    }

    @Test
    void optionalItemsDoNotBlockAndOtherVendorsEntriesAreIgnored() {
        List<ChecklistItemDef> defs = List.of(new ChecklistItemDef("X-1", "Extra", "Site visit done", false),
                new ChecklistItemDef("X-2", "Extra", "Insurance certificate on file", true));
        List<ChecklistEntry> entries = List.of(
                new ChecklistEntry("Other Co", "X-2", ChecklistStatus.VERIFIED, null, null, TODAY, "dana", null, null, null, null),
                new ChecklistEntry(VENDOR, "x 2", ChecklistStatus.VERIFIED, null, null, TODAY, "dana", null, null, null, null));
        ReadinessReport r = Readiness.assess(VENDOR, defs, entries, null, Fixtures.clockAt(TODAY));
        assertThat(r.ready()).isTrue();
        assertThat(r.groups().get(0).total()).isEqualTo(2);
        assertThat(r.groups().get(0).required()).isEqualTo(1);
        ReadinessReport other = Readiness.assess("Third Co", defs, entries.subList(1, 2), null, Fixtures.clockAt(TODAY));
        assertThat(other.ready()).isFalse();
        ReadinessReport folded = Readiness.assess("ACME  patient-access", defs, entries.subList(1, 2), null, Fixtures.clockAt(TODAY));
        assertThat(folded.ready()).as("vendor names compare folded, like the workspace").isTrue();
    }
}

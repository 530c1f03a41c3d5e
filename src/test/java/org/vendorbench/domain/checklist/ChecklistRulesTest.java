package org.vendorbench.domain.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChecklistRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private final ChecklistRules rules = new ChecklistRules(Fixtures.clockAt(TODAY));
    private final ChecklistDefinition def = ChecklistDefinition.builtIn();
    private final ChecklistItem baa = def.item("CS-01").orElseThrow();
    private final ChecklistItem soc2 = def.item("CS-02").orElseThrow();
    private final ChecklistItem audit = def.item("CS-06").orElseThrow();
    private final ChecklistItem owner = def.item("OM-01").orElseThrow();

    private static ChecklistEntry fresh(String id) {
        return ChecklistEntry.notStarted("Acme", id);
    }

    @Test
    void verifyingStampsTheUserAndTheClocksDate() {
        ChecklistEntry e = rules.apply(owner, fresh("OM-01"), ChecklistUpdate.status(ChecklistStatus.VERIFIED), " dana ", 0);
        assertThat(e.status()).isEqualTo(ChecklistStatus.VERIFIED);
        assertThat(e.verifiedOn()).isEqualTo(TODAY);
        assertThat(e.verifiedBy()).isEqualTo("dana");
        assertThat(rules.effectiveStatus(owner, e, 0)).isEqualTo(EffectiveStatus.VERIFIED);
    }

    @Test
    void verifyingNeedsAUser() {
        assertThatThrownBy(() -> rules.apply(owner, fresh("OM-01"), ChecklistUpdate.status(ChecklistStatus.VERIFIED), " ", 0))
                .isInstanceOf(ChecklistRuleException.class).hasMessageContaining("OM-01");
    }

    @Test
    void complianceItemsNeedAnEvidenceAttachmentToBeVerified() {
        assertThatThrownBy(() -> rules.apply(baa, fresh("CS-01"), ChecklistUpdate.status(ChecklistStatus.VERIFIED), "dana", 0))
                .isInstanceOf(ChecklistRuleException.class).hasMessageContaining("CS-01").hasMessageContaining("evidence");
        ChecklistEntry ok = rules.apply(baa, fresh("CS-01"), ChecklistUpdate.status(ChecklistStatus.VERIFIED), "dana", 1);
        assertThat(rules.effectiveStatus(baa, ok, 1)).isEqualTo(EffectiveStatus.VERIFIED);
        assertThat(rules.assess(baa, ok, 0).status()).as("attachment deleted later").isEqualTo(EffectiveStatus.INVALID);
    }

    @Test
    void itemsWithAValidityPeriodNeedAnEvidenceDate() {
        assertThatThrownBy(() -> rules.apply(soc2, fresh("CS-02"), ChecklistUpdate.status(ChecklistStatus.VERIFIED), "dana", 1))
                .isInstanceOf(ChecklistRuleException.class).hasMessageContaining("SOC 2 Type II report period end");
        ChecklistEntry ok = rules.apply(soc2, fresh("CS-02"),
                ChecklistUpdate.status(ChecklistStatus.VERIFIED).withEvidenceDate(TODAY.minusMonths(3)), "dana", 1);
        assertThat(ok.evidenceDate()).isEqualTo(TODAY.minusMonths(3));
        assertThat(rules.effectiveStatus(soc2, ok, 1)).isEqualTo(EffectiveStatus.VERIFIED);
    }

    @Test
    void evidenceDatedInTheFutureIsRefused() {
        assertThatThrownBy(() -> rules.apply(audit, fresh("CS-06"),
                ChecklistUpdate.status(ChecklistStatus.IN_PROGRESS).withEvidenceDate(TODAY.plusDays(1)), "dana", 1))
                .isInstanceOf(ChecklistRuleException.class).hasMessageContaining("future");
    }

    @Test
    void evidenceOlderThanTwelveMonthsCannotBeVerified() {
        assertThatThrownBy(() -> rules.apply(audit, fresh("CS-06"),
                ChecklistUpdate.status(ChecklistStatus.VERIFIED).withEvidenceDate(TODAY.minusMonths(12).minusDays(1)), "dana", 1))
                .isInstanceOf(ChecklistRuleException.class).hasMessageContaining("older than 12 months");
        ChecklistEntry boundary = rules.apply(audit, fresh("CS-06"),
                ChecklistUpdate.status(ChecklistStatus.VERIFIED).withEvidenceDate(TODAY.minusMonths(12)), "dana", 1);
        assertThat(boundary.status()).isEqualTo(ChecklistStatus.VERIFIED);
    }

    @Test
    void verifiedAuditExpiresTheDayAfterTwelveMonths() {
        LocalDate auditDate = LocalDate.of(2025, 3, 10);
        ChecklistEntry verified = new ChecklistEntry("Acme", "CS-06", ChecklistStatus.VERIFIED, null, null,
                LocalDate.of(2025, 3, 20), "dana", null, null, auditDate, null);
        ChecklistRules dayBefore = new ChecklistRules(Fixtures.clockAt(LocalDate.of(2026, 3, 9)));
        ChecklistRules lastDay = new ChecklistRules(Fixtures.clockAt(LocalDate.of(2026, 3, 10)));
        ChecklistRules dayAfter = new ChecklistRules(Fixtures.clockAt(LocalDate.of(2026, 3, 11)));
        assertThat(dayBefore.effectiveStatus(audit, verified, 1)).isEqualTo(EffectiveStatus.VERIFIED);
        assertThat(lastDay.effectiveStatus(audit, verified, 1)).isEqualTo(EffectiveStatus.VERIFIED);
        ItemAssessment after = dayAfter.assess(audit, verified, 1);
        assertThat(after.status()).isEqualTo(EffectiveStatus.EXPIRED);
        assertThat(after.status().isDone()).isFalse();
        assertThat(after.validUntil()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(after.reason()).contains("2025-03-10");
    }

    @Test
    void soc2ExpiryUsesTheReportPeriodEndAndHandlesMonthEnds() {
        ChecklistEntry verified = new ChecklistEntry("Acme", "CS-02", ChecklistStatus.VERIFIED, null, null,
                LocalDate.of(2024, 3, 1), "dana", null, null, LocalDate.of(2024, 2, 29), null);
        assertThat(new ChecklistRules(Fixtures.clockAt(LocalDate.of(2025, 2, 28))).effectiveStatus(soc2, verified, 1))
                .isEqualTo(EffectiveStatus.VERIFIED);
        assertThat(new ChecklistRules(Fixtures.clockAt(LocalDate.of(2025, 3, 1))).effectiveStatus(soc2, verified, 1))
                .isEqualTo(EffectiveStatus.EXPIRED);
    }

    @Test
    void verifiedWithoutAnEvidenceDateCountsAsExpired() {
        ChecklistEntry legacy = new ChecklistEntry("Acme", "CS-02", ChecklistStatus.VERIFIED, null, null, TODAY, "dana",
                null, null, null, null);
        ItemAssessment a = rules.assess(soc2, legacy, 1);
        assertThat(a.status()).isEqualTo(EffectiveStatus.EXPIRED);
        assertThat(a.reason()).contains("no evidence date");
    }

    @Test
    void notApplicableWithoutAReasonIsRejectedAndInvalidWhenStored() {
        assertThatThrownBy(() -> rules.apply(owner, fresh("OM-01"), ChecklistUpdate.status(ChecklistStatus.NOT_APPLICABLE), "dana", 0))
                .isInstanceOf(ChecklistRuleException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> rules.apply(owner, fresh("OM-01"),
                ChecklistUpdate.status(ChecklistStatus.NOT_APPLICABLE).withNaReason("  "), "dana", 0))
                .isInstanceOf(ChecklistRuleException.class);
        ChecklistEntry ok = rules.apply(owner, fresh("OM-01"),
                ChecklistUpdate.status(ChecklistStatus.NOT_APPLICABLE).withNaReason("Vendor relationship run by parent system"), "dana", 0);
        assertThat(rules.effectiveStatus(owner, ok, 0)).isEqualTo(EffectiveStatus.NOT_APPLICABLE);
        ChecklistEntry stored = new ChecklistEntry("Acme", "OM-01", ChecklistStatus.NOT_APPLICABLE, null, null, null, null,
                null, null, null, null);
        assertThat(rules.effectiveStatus(owner, stored, 0)).isEqualTo(EffectiveStatus.INVALID);
    }

    @Test
    void failedNeedsANote() {
        assertThatThrownBy(() -> rules.apply(owner, fresh("OM-01"), ChecklistUpdate.status(ChecklistStatus.FAILED), "dana", 0))
                .isInstanceOf(ChecklistRuleException.class).hasMessageContaining("note");
        ChecklistEntry failed = rules.apply(owner, fresh("OM-01"),
                ChecklistUpdate.status(ChecklistStatus.FAILED).withNote("No owner budgeted"), "dana", 0);
        assertThat(failed.status()).isEqualTo(ChecklistStatus.FAILED);
        assertThat(failed.note()).isEqualTo("No owner budgeted");
    }

    @Test
    void leavingVerifiedOrNotApplicableClearsTheirFields() {
        ChecklistEntry verified = rules.apply(owner, fresh("OM-01"), ChecklistUpdate.status(ChecklistStatus.VERIFIED), "dana", 0);
        ChecklistEntry reopened = rules.apply(owner, verified, ChecklistUpdate.status(ChecklistStatus.IN_PROGRESS), "eli", 0);
        assertThat(reopened.verifiedOn()).isNull();
        assertThat(reopened.verifiedBy()).isNull();
        ChecklistEntry na = rules.apply(owner, fresh("OM-01"),
                ChecklistUpdate.status(ChecklistStatus.NOT_APPLICABLE).withNaReason("n/a"), "dana", 0);
        assertThat(rules.apply(owner, na, ChecklistUpdate.status(ChecklistStatus.IN_PROGRESS), "dana", 0).naReason()).isNull();
    }

    @Test
    void editingOwnerOfAVerifiedItemKeepsTheVerificationAndTheClaim() {
        ChecklistEntry verified = new ChecklistEntry("Acme", "CS-06", ChecklistStatus.VERIFIED, "dana", null,
                TODAY.minusYears(2), "dana", null, null, TODAY.minusYears(2), "claimed, not verified: x");
        ChecklistEntry moved = rules.apply(audit, verified, new ChecklistUpdate(null, null, "eli", TODAY.plusDays(7), null, null), "eli", 1);
        assertThat(moved.owner()).isEqualTo("eli");
        assertThat(moved.dueDate()).isEqualTo(TODAY.plusDays(7));
        assertThat(moved.verifiedBy()).isEqualTo("dana");
        assertThat(moved.claim()).isEqualTo("claimed, not verified: x");
        assertThat(rules.effectiveStatus(audit, moved, 1)).isEqualTo(EffectiveStatus.EXPIRED);
    }

    @Test
    void overdueWhenTheDueDatePassedAndNotDone() {
        ChecklistEntry due = new ChecklistEntry("Acme", "OM-01", ChecklistStatus.IN_PROGRESS, "dana", TODAY.minusDays(1),
                null, null, null, null, null, null);
        assertThat(rules.assess(owner, due, 0).overdue()).isTrue();
        ChecklistEntry dueToday = new ChecklistEntry("Acme", "OM-01", ChecklistStatus.IN_PROGRESS, "dana", TODAY,
                null, null, null, null, null, null);
        assertThat(rules.assess(owner, dueToday, 0).overdue()).isFalse();
        ChecklistEntry verifiedLate = rules.apply(owner, due, ChecklistUpdate.status(ChecklistStatus.VERIFIED), "dana", 0);
        assertThat(rules.assess(owner, verifiedLate, 0).overdue()).isFalse();
        ChecklistEntry naLate = rules.apply(owner, due, ChecklistUpdate.status(ChecklistStatus.NOT_APPLICABLE).withNaReason("r"), "d", 0);
        assertThat(rules.assess(owner, naLate, 0).overdue()).isFalse();
        ChecklistEntry expiredLate = new ChecklistEntry("Acme", "CS-06", ChecklistStatus.VERIFIED, null, TODAY.minusDays(3),
                TODAY.minusYears(2), "dana", null, null, TODAY.minusYears(2), null);
        assertThat(rules.assess(audit, expiredLate, 1).overdue()).as("expired counts as not verified").isTrue();
        assertThat(rules.assess(owner, null, 0).overdue()).isFalse();
    }
}

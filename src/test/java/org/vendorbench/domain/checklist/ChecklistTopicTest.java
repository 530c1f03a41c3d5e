package org.vendorbench.domain.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChecklistTopicTest {
    private static ChecklistTopic of(String text) {
        return ChecklistTopic.of(text).orElse(null);
    }

    @Test
    void mapsTypicalRfpQuestionsToTheirTopic() {
        assertThat(of("Will you sign our Business Associate Agreement?")).isEqualTo(ChecklistTopic.BAA);
        assertThat(of("Which SOC-2 report do you hold?")).isEqualTo(ChecklistTopic.SOC2);
        assertThat(of("Provide HIPAA Security Rule compliance documentation")).isEqualTo(ChecklistTopic.HIPAA_SECURITY_RULE);
        assertThat(of("How do you log which agent accessed which record, from which device?")).isEqualTo(ChecklistTopic.ACCESS_CONTROL);
        assertThat(of("Will you notify us within 72 hours of a suspected breach?")).isEqualTo(ChecklistTopic.BREACH);
        assertThat(of("Date of your last third party security audit")).isEqualTo(ChecklistTopic.SECURITY_AUDIT);
        assertThat(of("Provide two references from cardiology practices")).isEqualTo(ChecklistTopic.REFERENCES);
        assertThat(of("Monthly agent attrition (%)")).isEqualTo(ChecklistTopic.ATTRITION);
        assertThat(of("Describe your healthcare training program")).isEqualTo(ChecklistTopic.TRAINING);
        assertThat(of("Can you work in our Epic EHR?")).isEqualTo(ChecklistTopic.EHR);
        assertThat(of("Provide sample call recordings with PHI redacted")).isEqualTo(ChecklistTopic.SAMPLE_RECORDINGS);
        assertThat(of("Will we have access to call recordings for internal review?")).isEqualTo(ChecklistTopic.CALL_RECORDING_ACCESS);
        assertThat(of("Do you accept remediation plans when a KPI misses its threshold?")).isEqualTo(ChecklistTopic.REMEDIATION);
        assertThat(of("Do you accept exit without penalty below the exit threshold?")).isEqualTo(ChecklistTopic.EXIT);
        assertThat(of("Do you provide weekly and monthly KPI reporting?")).isEqualTo(ChecklistTopic.REPORTING);
        assertThat(of("Which WFM and quality monitoring tools do you use?")).isEqualTo(ChecklistTopic.TECH_STACK);
        assertThat(of("Do you commit to numeric targets for every KPI?")).isEqualTo(ChecklistTopic.KPI_TARGETS);
        assertThat(of("Name the account manager for our program")).isEqualTo(ChecklistTopic.OWNER);
        assertThat(of("Do you hold quarterly business reviews?")).isEqualTo(ChecklistTopic.REVIEW_CADENCE);
        assertThat(of("Will you notify us of changes to the agent team?")).isEqualTo(ChecklistTopic.TEAM_CHANGE);
    }

    @Test
    void keywordsMatchAtWordStartsOnly() {
        assertThat(of("Describe your other services")).as("'ehr' inside 'other'").isNull();
        assertThat(of("Existing clients in healthcare")).as("'exit' is not 'existing'").isNull();
        assertThat(of("Price per minute")).isNull();
        assertThat(of("")).isNull();
    }
}

package org.vendorbench.domain.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.ChecklistItemDef;
import org.vendorbench.domain.Fold;

class BuiltInChecklistTest {

    @Test
    void hasTheArticlesFourGroupsWithAllItemsRequired() {
        List<ChecklistItemDef> items = BuiltInChecklist.items();
        assertThat(items).hasSize(20).allMatch(ChecklistItemDef::required);
        Map<String, Long> perGroup = items.stream().collect(Collectors.groupingBy(ChecklistItemDef::group, Collectors.counting()));
        assertThat(perGroup).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Compliance and Security", 6L, "Vendor Quality", 5L, "Contract and KPIs", 5L, "Ongoing Management", 4L));
        assertThat(ChecklistDefinition.builtIn().groups()).containsExactlyElementsOf(BuiltInChecklist.groups());
    }

    @Test
    void idsAreStableUniqueAndFollowTheGroupPrefixes() {
        List<String> ids = BuiltInChecklist.items().stream().map(ChecklistItemDef::id).toList();
        assertThat(ids).startsWith("CS-01", "CS-02", "CS-03", "CS-04", "CS-05", "CS-06", "VQ-01")
                .contains("VQ-05", "CK-01", "CK-05", "OM-01", "OM-04");
        assertThat(new HashSet<>(ids.stream().map(Fold::fold).toList())).hasSize(20);
        for (ChecklistItemDef d : BuiltInChecklist.items()) {
            String prefix = switch (d.group()) {
                case "Compliance and Security" -> "CS-";
                case "Vendor Quality" -> "VQ-";
                case "Contract and KPIs" -> "CK-";
                default -> "OM-";
            };
            assertThat(d.id()).startsWith(prefix);
        }
    }

    @Test
    void textsAreTheArticlesWording() {
        ChecklistDefinition def = ChecklistDefinition.builtIn();
        assertThat(def.item("CS-01").orElseThrow().text())
                .isEqualTo("BAA signed and reviewed by your compliance team, not just countersigned and filed");
        assertThat(def.item("CS-02").orElseThrow().text()).isEqualTo("SOC 2 Type II certification confirmed (not just Type I)");
        assertThat(def.item("CS-06").orElseThrow().text()).isEqualTo("Third-party security audit within the last 12 months");
        assertThat(def.item("VQ-02").orElseThrow().text()).isEqualTo("Agent attrition rate confirmed (monthly, not annualised)");
        assertThat(def.item("CK-05").orElseThrow().text())
                .isEqualTo("Technology stack confirmed, such as quality monitoring, WFM, AI coaching tools");
        assertThat(def.item("OM-04").orElseThrow().text()).isEqualTo("Agent team change notification protocol in the contract");
    }

    @Test
    void everyBuiltInItemGetsItsOwnTopicFromTheKeywordTable() {
        ChecklistDefinition def = ChecklistDefinition.builtIn();
        List<ChecklistTopic> topics = def.items().stream().map(ChecklistItem::topic).toList();
        assertThat(topics).containsExactly(
                ChecklistTopic.BAA, ChecklistTopic.SOC2, ChecklistTopic.HIPAA_SECURITY_RULE, ChecklistTopic.ACCESS_CONTROL,
                ChecklistTopic.BREACH, ChecklistTopic.SECURITY_AUDIT,
                ChecklistTopic.REFERENCES, ChecklistTopic.ATTRITION, ChecklistTopic.TRAINING, ChecklistTopic.EHR,
                ChecklistTopic.SAMPLE_RECORDINGS,
                ChecklistTopic.KPI_TARGETS, ChecklistTopic.REMEDIATION, ChecklistTopic.EXIT, ChecklistTopic.REPORTING,
                ChecklistTopic.TECH_STACK,
                ChecklistTopic.OWNER, ChecklistTopic.REVIEW_CADENCE, ChecklistTopic.CALL_RECORDING_ACCESS,
                ChecklistTopic.TEAM_CHANGE);
    }

    @Test
    void onlySoc2AndTheThirdPartyAuditHaveATwelveMonthValidity() {
        ChecklistDefinition def = ChecklistDefinition.builtIn();
        List<String> withValidity = def.items().stream().filter(i -> i.validity() != null).map(ChecklistItem::id).toList();
        assertThat(withValidity).containsExactly(BuiltInChecklist.SOC2_ITEM, BuiltInChecklist.SECURITY_AUDIT_ITEM);
        assertThat(def.item("CS-02").orElseThrow().validity().validFor().toTotalMonths()).isEqualTo(12);
        assertThat(def.item("CS-06").orElseThrow().validity().validFor().toTotalMonths()).isEqualTo(12);
    }

    @Test
    void complianceAndSecurityItemsNeedEvidenceOthersDoNot() {
        for (ChecklistItem i : ChecklistDefinition.builtIn().items()) {
            assertThat(i.requiresEvidence()).as(i.id()).isEqualTo(i.group().equals(BuiltInChecklist.COMPLIANCE_AND_SECURITY));
        }
    }
}

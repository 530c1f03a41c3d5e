package org.vendorbench.domain.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.ChecklistItemDef;
import org.vendorbench.domain.Rfp;

class ChecklistDefinitionTest {
    private static final ChecklistItemDef OVERRIDE_CS01 =
            new ChecklistItemDef("cs 01", "Compliance and Security", "BAA signed by our counsel", false);
    private static final ChecklistItemDef EXTRA_CS =
            new ChecklistItemDef("CS-07", "compliance and security", "Penetration test report within 12 months", true);
    private static final ChecklistItemDef EXTRA_NEW_GROUP = new ChecklistItemDef("LG-01", "Legal", "Insurance certificate", true);

    @Test
    void withoutAChecklistSheetEveryModeGivesTheBuiltInList() {
        Rfp rfp = Fixtures.rfpWithChecklist(List.of());
        for (ChecklistDefinition.Mode m : ChecklistDefinition.Mode.values()) {
            assertThat(ChecklistDefinition.effective(rfp, m).defs()).isEqualTo(BuiltInChecklist.items());
        }
        assertThat(ChecklistDefinition.effective(null, ChecklistDefinition.Mode.MERGE).defs()).isEqualTo(BuiltInChecklist.items());
    }

    @Test
    void mergeReplacesOverlappingIdsInPlaceAndExtendsWithNewOnes() {
        Rfp rfp = Fixtures.rfpWithChecklist(List.of(EXTRA_NEW_GROUP, OVERRIDE_CS01, EXTRA_CS));
        ChecklistDefinition def = ChecklistDefinition.effective(rfp, ChecklistDefinition.Mode.MERGE);
        assertThat(def.items()).hasSize(22);
        assertThat(def.items().get(0).def()).isEqualTo(OVERRIDE_CS01);
        assertThat(def.items().get(6).def()).as("new item at the end of its (folded) group").isEqualTo(EXTRA_CS);
        assertThat(def.items().get(7).id()).isEqualTo("VQ-01");
        assertThat(def.items().get(21).def()).isEqualTo(EXTRA_NEW_GROUP);
        assertThat(def.groups()).containsExactly("Compliance and Security", "Vendor Quality", "Contract and KPIs",
                "Ongoing Management", "Legal");
        assertThat(def.item("CS-07").orElseThrow().validity()).as("validity follows the text").isNotNull();
        assertThat(def.item("CS-01").orElseThrow().required()).isFalse();
    }

    @Test
    void replaceUsesOnlyTheRfpsItemsAndBuiltInIgnoresThem() {
        Rfp rfp = Fixtures.rfpWithChecklist(List.of(OVERRIDE_CS01, EXTRA_NEW_GROUP));
        assertThat(ChecklistDefinition.effective(rfp, ChecklistDefinition.Mode.REPLACE).defs())
                .containsExactly(OVERRIDE_CS01, EXTRA_NEW_GROUP);
        assertThat(ChecklistDefinition.effective(rfp, ChecklistDefinition.Mode.BUILT_IN).defs()).isEqualTo(BuiltInChecklist.items());
    }

    @Test
    void duplicateIdsAreRefusedWithTheId() {
        Rfp rfp = Fixtures.rfpWithChecklist(List.of(EXTRA_CS, new ChecklistItemDef("cs_07", "X", "Other", true)));
        assertThatThrownBy(() -> ChecklistDefinition.effective(rfp, ChecklistDefinition.Mode.MERGE))
                .hasMessageContaining("cs_07").hasMessageContaining("twice");
        assertThatThrownBy(() -> ChecklistDefinition.effective(rfp, ChecklistDefinition.Mode.REPLACE))
                .hasMessageContaining("twice");
    }

    @Test
    void modeParsesFoldedNames() {
        assertThat(ChecklistDefinition.Mode.parse("Replace")).isEqualTo(ChecklistDefinition.Mode.REPLACE);
        assertThat(ChecklistDefinition.Mode.parse("built in")).isEqualTo(ChecklistDefinition.Mode.BUILT_IN);
        assertThat(ChecklistDefinition.Mode.parse("extend")).isEqualTo(ChecklistDefinition.Mode.MERGE);
        assertThat(ChecklistDefinition.Mode.parse("append")).isNull();
    }
}

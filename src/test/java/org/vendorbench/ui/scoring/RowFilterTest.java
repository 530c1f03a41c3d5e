package org.vendorbench.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.EvaluatorScore;

class RowFilterTest {
    private static ScoreCell plain(String answer, double points) {
        return new ScoreCell(answer, answer, points, points + " = answered", List.of(), null, false, null, false, false);
    }

    private final ScoreRow linear = new ScoreRow("OT-01", "OT", "Average speed of answer", false, false,
            List.of(plain("30", 4), plain("45", 2)));
    private final ScoreRow manual = new ScoreRow("TK-05", "TK", "Escalation protocol", true, false, List.of(
            new ScoreCell("Nurse line", "Nurse line within 5 minutes", 3.0, "3 = mean", List.of(
                    new EvaluatorScore("a", "V", "TK-05", 2, null), new EvaluatorScore("b", "V", "TK-05", 4, "ok")),
                    null, true, null, false, true),
            new ScoreCell("Docs", "Docs", null, "not scored yet", List.of(), null, false, null, false, true)));
    private final ScoreRow knockout = new ScoreRow("CS-02", "CS", "Attestation", false, false, List.of(
            plain("SOC 2 Type II", 5),
            new ScoreCell("SOC 2 Type I", "SOC 2 Type I", 3.0, "3 = option", List.of(), null, false,
                    "CS-02: answered 'SOC 2 Type I'", false, false)));
    private final ScoreRow gap = new ScoreRow("OT-09", "OT", "Disaster recovery", false, false, List.of(
            plain("YES", 5), new ScoreCell("—", "—", 0.0, "0 = no answer", List.of(), null, false, null, true, false)));
    private final List<ScoreRow> all = List.of(linear, manual, knockout, gap);

    private List<String> ids(RowFilter f) {
        return all.stream().filter(f.predicate()).map(ScoreRow::id).toList();
    }

    @Test
    void eachFlagKeepsTheRowsWhereSomeVendorCarriesIt() {
        assertThat(ids(RowFilter.NONE)).containsExactly("OT-01", "TK-05", "CS-02", "OT-09");
        assertThat(ids(new RowFilter(null, RowFilter.Flag.NEEDS_CONSENSUS, ""))).containsExactly("TK-05");
        assertThat(ids(new RowFilter(null, RowFilter.Flag.UNSCORED_MANUAL, ""))).containsExactly("TK-05");
        assertThat(ids(new RowFilter(null, RowFilter.Flag.KNOCKOUT, ""))).containsExactly("CS-02");
        assertThat(ids(new RowFilter(null, RowFilter.Flag.MANDATORY_GAP, ""))).containsExactly("OT-09");
    }

    @Test
    void sectionAndTextCombineWithTheFlag() {
        assertThat(ids(new RowFilter("ot", RowFilter.Flag.ALL, ""))).containsExactly("OT-01", "OT-09");
        assertThat(ids(new RowFilter(null, RowFilter.Flag.ALL, "within 5 MIN"))).as("full answer text").containsExactly("TK-05");
        assertThat(ids(new RowFilter(null, RowFilter.Flag.ALL, "speed"))).containsExactly("OT-01");
        assertThat(ids(new RowFilter("OT", RowFilter.Flag.MANDATORY_GAP, "recovery"))).containsExactly("OT-09");
        assertThat(ids(new RowFilter("CS", RowFilter.Flag.MANDATORY_GAP, ""))).isEmpty();
    }

    @Test
    void cellTextCarriesPointsAndMarksAndTheTooltipExplains() {
        ScoreCell spread = manual.cell(0);
        assertThat(spread.text()).isEqualTo("2 4 → 3 ⚑");
        assertThat(spread.tooltip()).startsWith("3 = mean").contains("consensus needed").contains("b: 4 — ok")
                .contains("Answer: Nurse line within 5 minutes");
        assertThat(manual.cell(1).text()).isEqualTo("Docs → ?");
        assertThat(knockout.cell(1).text()).isEqualTo("SOC 2 Type I → 3 ✖");
        assertThat(gap.cell(1).text()).isEqualTo("— → 0 !");
        assertThat(spread.scoreBy(" b ")).extracting(EvaluatorScore::score).isEqualTo(4.0);
        assertThat(spread.scoreBy("c")).isNull();
    }
}

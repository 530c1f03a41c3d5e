package org.vendorbench.domain.tco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vendorbench.domain.tco.TcoFixtures.c;
import static org.vendorbench.domain.tco.TcoFixtures.pricing;
import static org.vendorbench.domain.tco.TcoFixtures.rfp;
import static org.vendorbench.domain.tco.TcoFixtures.vendor;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vendorbench.domain.PricingModel;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.VendorResponse;

class StaffingTest {

    @Test
    void erlangCReferenceCase() {
        // 100 calls per 30 min, 180 s handle time: 10 Erlangs
        double a = ErlangC.offeredLoad(100, 1800, 180);
        assertThat(a).isCloseTo(10, within(1e-12));
        assertThat(ErlangC.serviceLevel(14, a, 180, 20)).isCloseTo(0.888, within(0.001));
        assertThat(ErlangC.averageSpeedOfAnswer(14, a, 180)).isCloseTo(7.8, within(0.05));
        assertThat(ErlangC.serviceLevel(13, a, 180, 20)).isCloseTo(0.796, within(0.001));
        assertThat(ErlangC.agentsForServiceLevel(a, 180, 20, 0.80)).isEqualTo(14);
        assertThat(ErlangC.probabilityOfWaiting(14, a)).isCloseTo(0.1741, within(0.0005));
        // unstable
        assertThat(ErlangC.serviceLevel(10, a, 180, 20)).isZero();
        assertThat(ErlangC.averageSpeedOfAnswer(9, a, 180)).isInfinite();
        assertThat(ErlangC.probabilityOfWaiting(10, a)).isEqualTo(1);
    }

    @Test
    void erlangBRecursionIsStableForLargeCenters() {
        double b = ErlangC.erlangB(2_000, 1_900);
        assertThat(b).isBetween(0.0, 1.0);
        assertThat(ErlangC.averageSpeedOfAnswer(2_000, 1_900, 180)).isFinite();
    }

    /** Peak hour = V0/22·12 % = 200 calls; h = 3 min: 200·180/3600 = 10 Erlangs. */
    private static TcoAssumptions peakOf10Erlangs(Rfp rfp) throws Exception {
        return TcoAssumptions.from(rfp, Map.of("Monthly call volume", 200.0 * 22 / 0.12, "Billable minutes per call", 3.0));
    }

    private static VendorResponse withAgents(double agents, Double asa) {
        return vendor("V" + agents, pricing(PricingModel.PER_CALL, 2.0, 0, 0, 0, 0, agents, 0, 0),
                List.of(c("FCR", 80.0), c("ASA", asa), c("ABANDON", 5.0), c("CSAT", 85.0), c("ATTRITION", 4.0)));
    }

    @Test
    void assessmentFlagsAVendorThatCannotKeepItsAsa() throws Exception {
        Rfp rfp = rfp(36);
        TcoAssumptions a = peakOf10Erlangs(rfp);
        Staffing.Assessment ok = Staffing.assess(rfp, withAgents(14, 20.0), a);
        assertThat(ok.peakHourCalls()).isCloseTo(200, within(1e-9));
        assertThat(ok.offeredLoad()).isCloseTo(10, within(1e-9));
        assertThat(ok.achievableAsaSeconds()).isCloseTo(7.8, within(0.05));
        assertThat(ok.serviceLevel20s()).isCloseTo(0.888, within(0.001));
        assertThat(ok.flagged()).isFalse();
        assertThat(ok.agentsFor80In20s()).isEqualTo(14);
        assertThat(ok.explanation()).contains("which it can keep");

        Staffing.Assessment tight = Staffing.assess(rfp, withAgents(13, 5.0), a);
        assertThat(tight.flagged()).isTrue();
        assertThat(tight.agentsForCommittedAsa()).isGreaterThan(13);
        assertThat(ErlangC.averageSpeedOfAnswer(tight.agentsForCommittedAsa(), 10, 180)).isLessThanOrEqualTo(5.0);
        assertThat(ErlangC.averageSpeedOfAnswer(tight.agentsForCommittedAsa() - 1, 10, 180)).isGreaterThan(5.0);
        assertThat(tight.explanation()).contains("needs " + tight.agentsForCommittedAsa() + " agents");

        Staffing.Assessment blank = Staffing.assess(rfp, withAgents(13, null), a);
        assertThat(blank.committedAsaSeconds()).isEqualTo(30.0); // RFP target
        assertThat(blank.committedAsaSource()).isEqualTo("RFP target");

        Staffing.Assessment under = Staffing.assess(rfp, withAgents(9, 30.0), a);
        assertThat(under.stable()).isFalse();
        assertThat(under.achievableAsaSeconds()).isNull();
        assertThat(under.flagged()).isTrue();
    }

    @Test
    void fteCountsAsAgentsForPerFtePricing() throws Exception {
        Rfp rfp = rfp(36);
        VendorResponse fte = vendor("Fte", pricing(PricingModel.PER_FTE_MONTH, 4_000.0, 14, 0, 0, 0, 0, 0, 0),
                List.of(c("ASA", 20.0)));
        Staffing.Assessment s = Staffing.assess(rfp, fte, peakOf10Erlangs(rfp));
        assertThat(s.agents()).isEqualTo(14);
        assertThat(s.agentsSource()).isEqualTo("P-FTE");
    }
}

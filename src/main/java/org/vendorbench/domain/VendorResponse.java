package org.vendorbench.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A vendor's response workbook after reading and normalisation. {@code answers} lists every RFP
 * question in RFP order; {@code kpis} every RFP KPI in RFP order.
 */
public record VendorResponse(String file, String rfpId, String vendor, String contact, String email,
                             LocalDate submitted, String format, List<Answer> answers,
                             List<KpiCommitment> kpis, Pricing pricing, List<ImportWarning> warnings) {
    public static final String FORMAT = "vendorbench-response/1";

    public VendorResponse {
        answers = List.copyOf(answers);
        kpis = List.copyOf(kpis);
        warnings = List.copyOf(warnings);
    }

    public Optional<Answer> answer(String questionId) {
        String f = Fold.fold(questionId);
        return answers.stream().filter(a -> Fold.fold(a.questionId()).equals(f)).findFirst();
    }

    public Optional<KpiCommitment> kpi(String kpiId) {
        String f = Fold.fold(kpiId);
        return kpis.stream().filter(k -> Fold.fold(k.kpiId()).equals(f)).findFirst();
    }
}

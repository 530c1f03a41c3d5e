package org.vendorbench.workbook;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Public access to the test fixtures for tests of other packages (cli, bench). */
public final class TestWorkbooks {
    private TestWorkbooks() {}

    public static Path rfp(Path dir) throws Exception {
        return Fixtures.rfp(dir);
    }

    public static List<Object[]> questionnaire() {
        return Fixtures.questionnaire();
    }

    public static Path response(Path file, List<Object[]> questionnaire) throws Exception {
        return Fixtures.response(new XSSFWorkbook(), file, "Cover", Fixtures.cover(), "Questionnaire", questionnaire,
                "KPI Commitments", Fixtures.kpis(), "Pricing", Fixtures.pricing());
    }

    public static Path onlyQuestionnaire(Path file) throws Exception {
        return Fixtures.response(new XSSFWorkbook(), file, "Cover", Fixtures.cover(), "Questionnaire", Fixtures.questionnaire());
    }
}

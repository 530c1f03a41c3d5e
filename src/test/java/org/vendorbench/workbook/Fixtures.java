package org.vendorbench.workbook;

import static org.vendorbench.workbook.Books.row;
import static org.vendorbench.workbook.Books.rows;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A standard RFP and a standard response, with hooks to vary them. */
final class Fixtures {
    private Fixtures() {}

    static final Object[] Q_HEADER = row("ID", "Section", "Requirement", "Type", "Options", "Mandatory", "Response", "Comments");

    static List<Object[]> rfpQuestions() {
        return rows(
                row("ID", "Section ID", "Requirement", "Type", "Options", "Mandatory", "Knockout", "Weight", "Scoring"),
                row("CS-01", "CS", "Do you sign a HIPAA BAA?", "YES_NO", null, "Y", "No", 2, null),
                row("CS-02", "CS", "Security attestation", "CHOICE", "SOC 2 Type II=5|SOC 2 Type I=2|ISO 27001 only=2|None=0", "Y", "None", null, null),
                row("CS-03", "CS", "Describe your escalation process", "TEXT", null, "N", null, 1, null),
                row("TECH-01", "TECH", "Share of calls answered by a nurse", "PERCENT", null, "N", "< 50", 1, "target=90; floor=50; higher"),
                row("TECH-02", "TECH", "Average handle time", "DURATION", null, "N", null, 1, "target=240; floor=600; lower"),
                row("TECH-03", "TECH", "Setup fee", "CURRENCY", null, "N", null, 1, null),
                row("TECH-04", "TECH", "Go-live date", "DATE", null, "N", null, 1, null));
    }

    static Path rfp(Path dir) throws Exception {
        return rfp(dir, rfpQuestions());
    }

    static Path rfp(Path dir, List<Object[]> questions) throws Exception {
        Workbook wb = new XSSFWorkbook();
        Books.sheet(wb, "RFP", row("Key", "Value"), row("RFP ID", "MCC-2027-01"), row("Title", "Medical call center"),
                row("Organization", "St. Example Health"), row("Issued", "2026-03-03"), row("Currency", "USD"),
                row("Contract term (months)", 36), row("Price weight", 30), row("Format", "vendorbench-rfp/1"));
        Books.sheet(wb, "Sections", row("Section ID", "Section", "Weight"), row("CS", "Compliance", 3),
                row("TECH", "Operations", 2), row("KPI", "KPI commitments", 2));
        Books.sheet(wb, "Questions", questions);
        Books.sheet(wb, "KPIs", row("KPI ID", "KPI", "Unit", "Direction", "Target", "Remediation threshold", "Exit threshold", "Weight"),
                row("ASA", "Average speed of answer", "seconds", "lower", 30, 45, 60, 1),
                row("FCR", "First call resolution", "percent", "higher", 80, 75, 70, 1));
        Books.sheet(wb, "Assumptions", row("Key", "Value", "Low", "High"), row("Monthly call volume", 10000, 8000, 12000),
                row("Annual volume growth", 3, null, null), row("Internal hourly rate", 60, null, null));
        return Books.save(wb, dir.resolve("rfp.xlsx"));
    }

    static List<Object[]> cover() {
        return rows(row("Key", "Value"), row("RFP ID", "MCC-2027-01"), row("Vendor", "Acme Patient Access"),
                row("Contact", "Jo Doe"), row("Email", "jo@acme.test"), row("Format", "vendorbench-response/1"));
    }

    static List<Object[]> questionnaire() {
        return rows(Q_HEADER,
                row("CS-01", "CS", "Do you sign a HIPAA BAA?", "YES_NO", null, "Y", "Yes – BAA v3 attached", null),
                row("CS-02", "CS", "Security attestation", "CHOICE", null, "Y", "SOC 2 Type II", "report 2025"),
                row("CS-03", "CS", "Describe your escalation process", "TEXT", null, "N", "Tiered escalation.", null),
                row("TECH-01", "TECH", "Share of calls answered by a nurse", "PERCENT", null, "N", "85%", null),
                row("TECH-02", "TECH", "Average handle time", "DURATION", null, "N", "4 min", null),
                row("TECH-03", "TECH", "Setup fee", "CURRENCY", null, "N", "$1,250.00", null),
                row("TECH-04", "TECH", "Go-live date", "DATE", null, "N", "2026-09-01", null));
    }

    static List<Object[]> kpis() {
        return rows(row("KPI ID", "KPI", "Unit", "Buyer target", "Committed value", "Comments"),
                row("ASA", "Average speed of answer", "seconds", 30, "< 30 sec", null),
                row("FCR", "First call resolution", "percent", 80, 0.82, null));
    }

    static List<Object[]> pricing() {
        return rows(row("Item ID", "Item", "Unit", "Value", "Comments"),
                row("P-MODEL", "Pricing model", null, "per_minute", null),
                row("P-RATE", "Rate", "USD/min", 0.95, null),
                row("P-FTE", "FTEs", null, 0, null),
                row("P-MIN", "Minimum monthly fee", "USD", 12000, null),
                row("P-ONBOARD", "Onboarding", "USD", 20000, null),
                row("P-TRAIN", "Training per agent", "USD", 1500, null),
                row("P-AGENTS", "Agents", null, 20, null),
                row("P-ESC", "Escalator", "%", 3, null),
                row("P-ETF", "Early termination", "USD", 10000, null));
    }

    /** Writes a response with the given sheets (name, rows) in order into a new workbook. */
    static Path response(Workbook wb, Path file, Object... nameRows) throws Exception {
        for (int i = 0; i < nameRows.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<Object[]> r = (List<Object[]>) nameRows[i + 1];
            Books.sheet(wb, (String) nameRows[i], r);
        }
        return Books.save(wb, file);
    }

    static Path standardResponse(Path file) throws Exception {
        return response(new XSSFWorkbook(), file, "Cover", cover(), "Questionnaire", questionnaire(),
                "KPI Commitments", kpis(), "Pricing", pricing());
    }
}

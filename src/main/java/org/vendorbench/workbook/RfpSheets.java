package org.vendorbench.workbook;

import static org.vendorbench.workbook.TableSpec.col;

import java.util.List;

/** The sheets of an RFP definition workbook (workbook-format.md §1). */
final class RfpSheets {
    private RfpSheets() {}

    static final TableSpec RFP = TableSpec.keyValue("RFP");
    static final TableSpec SECTIONS = new TableSpec("Sections",
            List.of(col("Section ID"), col("Section"), col("Weight")),
            List.of(List.of("Section ID"), List.of("Section")));
    static final TableSpec QUESTIONS = new TableSpec("Questions",
            List.of(col("ID"), col("Section ID"), col("Requirement"), col("Type"), col("Options"),
                    col("Mandatory"), col("Knockout"), col("Weight"), col("Scoring")),
            List.of(List.of("ID"), List.of("Section ID"), List.of("Type")));
    static final TableSpec KPIS = new TableSpec("KPIs",
            List.of(col("KPI ID"), col("KPI"), col("Unit"), col("Direction"), col("Target"),
                    col("Remediation threshold"), col("Exit threshold"), col("Weight")),
            List.of(List.of("KPI ID"), List.of("Target")));
    static final TableSpec ASSUMPTIONS = TableSpec.keyValue("Assumptions", col("Low"), col("High"));
    static final TableSpec CHECKLIST = new TableSpec("Checklist",
            List.of(col("Item ID"), col("Group"), col("Item"), col("Required")),
            List.of(List.of("Item ID"), List.of("Item")));

    static final List<TableSpec> ALL = List.of(RFP, SECTIONS, QUESTIONS, KPIS, ASSUMPTIONS, CHECKLIST);
}

package org.vendorbench.workbook;

import static org.vendorbench.workbook.TableSpec.col;

import java.util.List;

/** The sheets of a vendor response workbook with their header synonyms (workbook-format.md §2, §4, §8). */
public final class ResponseSheets {
    private ResponseSheets() {}

    private static TableSpec.Column comments() {
        return col("Comments", "Comment", "Notes", "Evidence", "Remarks");
    }

    public static final TableSpec COVER = TableSpec.keyValue("Cover");
    public static final TableSpec QUESTIONNAIRE = new TableSpec("Questionnaire",
            List.of(col("ID", "Req #", "Ref", "Requirement ID", "Question ID"), col("Section"), col("Requirement"),
                    col("Type"), col("Options"), col("Mandatory"),
                    col("Response", "Vendor Response", "Answer", "Your Response"), comments()),
            List.of(List.of("ID", "Requirement"), List.of("Response")));
    public static final TableSpec KPI_COMMITMENTS = new TableSpec("KPI Commitments",
            List.of(col("KPI ID"), col("KPI"), col("Unit"), col("Buyer target"),
                    col("Committed value", "Commitment", "Vendor commitment", "Committed"), comments()),
            List.of(List.of("KPI ID"), List.of("Committed value")));
    public static final TableSpec PRICING = new TableSpec("Pricing",
            List.of(col("Item ID"), col("Item"), col("Unit"), col("Value", "Price", "Amount"), comments()),
            List.of(List.of("Item ID"), List.of("Value")));

    public static final List<TableSpec> ALL = List.of(COVER, QUESTIONNAIRE, KPI_COMMITMENTS, PRICING);
}

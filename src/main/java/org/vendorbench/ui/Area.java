package org.vendorbench.ui;

import java.util.function.Function;
import org.kordamp.ikonli.feather.Feather;
import org.vendorbench.ui.workspace.WorkspaceSummary;

/**
 * The work areas of the navigation, in menu order (Ctrl+1 … Ctrl+8). Each knows what its page is
 * for and how to summarise the open workspace until its full view replaces the placeholder page.
 */
public enum Area {
    RFP("RFP", Feather.FILE_TEXT,
            "The RFP workbook: sections, questions with their weights and knock-out rules, KPIs and TCO assumptions.",
            s -> s.rfpTitle().map(t -> "RFP imported: " + t).orElse("No RFP imported yet")),
    VENDORS("Vendors", Feather.USERS,
            "Vendor responses: answers, KPI commitments, pricing and the warnings raised while importing them.",
            s -> s.vendorCount() == 0 ? "No vendor responses imported yet" : count(s.vendorCount(), "vendor response") + " imported"),
    SCORING("Scoring", Feather.BAR_CHART_2,
            "Evaluator scores per question, consensus and overrides, knock-outs and the weighted ranking.",
            s -> s.scoreCount() == 0 ? "No evaluator scores entered yet" : count(s.scoreCount(), "evaluator score") + " entered"),
    TCO("TCO", Feather.DOLLAR_SIGN,
            "Total cost of ownership per vendor over the contract term, with the assumptions and a sensitivity range.",
            s -> s.vendorCount() == 0 ? "No vendor pricing to compare yet" : "Pricing on file for " + count(s.vendorCount(), "vendor")),
    CHECKLIST("Checklist", Feather.CHECK_SQUARE,
            "The pre-signing checklist per vendor: owners, due dates, evidence and verification.",
            s -> s.checklistEntryCount() == 0 ? "No checklist items recorded yet" : count(s.checklistEntryCount(), "checklist entry", "checklist entries") + " recorded"),
    MEMO("Memo", Feather.FILE,
            "The decision memo (PDF): ranking, TCO, KPI commitments, risks and the checklist status.",
            s -> s.rfpTitle().isEmpty() ? "Import an RFP and vendor responses to write the memo" : "Ready to draft the memo for " + s.rfpTitle().get()),
    AUDIT("Audit", Feather.SHIELD,
            "The tamper-evident audit log of every import, score, override and checklist change.",
            s -> s.auditEntryCount() == 0 ? "No audit entries yet" : count(s.auditEntryCount(), "audit entry", "audit entries") + " in the log"),
    PERFORMANCE("Vendor performance", Feather.ACTIVITY,
            "After signing: KPI trends against the contract thresholds, breaches, remediation items, exit rights, cost"
                    + " against forecast and governance reviews.",
            s -> s.vendorCount() == 0 ? "Sign a vendor to follow its performance" : "Follow the signed vendor after go-live");

    private final String title;
    private final Feather icon;
    private final String purpose;
    private final Function<WorkspaceSummary, String> status;

    Area(String title, Feather icon, String purpose, Function<WorkspaceSummary, String> status) {
        this.title = title;
        this.icon = icon;
        this.purpose = purpose;
        this.status = status;
    }

    public String title() {
        return title;
    }

    public Feather icon() {
        return icon;
    }

    /** One sentence saying what the area shows. */
    public String purpose() {
        return purpose;
    }

    /** One line about the open workspace, e.g. "No RFP imported yet". */
    public String status(WorkspaceSummary summary) {
        return status.apply(summary);
    }

    /** 1-based position, the digit of its Ctrl shortcut. */
    public int number() {
        return ordinal() + 1;
    }

    /** Finds an area by its {@link #name()}, for remembered settings. */
    public static Area fromName(String name, Area fallback) {
        for (Area a : values()) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        return fallback;
    }

    private static String count(int n, String singular) {
        return count(n, singular, singular + "s");
    }

    private static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}

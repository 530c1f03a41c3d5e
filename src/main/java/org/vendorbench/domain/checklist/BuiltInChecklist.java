package org.vendorbench.domain.checklist;

import java.util.List;
import org.vendorbench.domain.ChecklistItemDef;

/**
 * The article's "Medical Call Center Outsourcing Checklist – Before You Sign", verbatim, in its
 * four groups, all items required. IDs are stable ({@code CS-01..06}, {@code VQ-01..05},
 * {@code CK-01..05}, {@code OM-01..04}) so workspaces and RFP Checklist sheets can refer to them.
 */
public final class BuiltInChecklist {
    public static final String COMPLIANCE_AND_SECURITY = "Compliance and Security";
    public static final String VENDOR_QUALITY = "Vendor Quality";
    public static final String CONTRACT_AND_KPIS = "Contract and KPIs";
    public static final String ONGOING_MANAGEMENT = "Ongoing Management";

    /** The SOC 2 Type II item (12-month validity; evidence date = report period end). */
    public static final String SOC2_ITEM = "CS-02";
    /** The third-party security audit item (12-month validity; evidence date = last audit). */
    public static final String SECURITY_AUDIT_ITEM = "CS-06";

    private static final List<ChecklistItemDef> ITEMS = List.of(
            cs("CS-01", "BAA signed and reviewed by your compliance team, not just countersigned and filed"),
            cs("CS-02", "SOC 2 Type II certification confirmed (not just Type I)"),
            cs("CS-03", "HIPAA Security Rule audit documentation reviewed"),
            cs("CS-04", "Agent access controls and device management policy confirmed"),
            cs("CS-05", "Data breach response protocol reviewed and understood"),
            cs("CS-06", "Third-party security audit within the last 12 months"),
            vq("VQ-01", "References from at least two practices in your specialty or similar patient population"),
            vq("VQ-02", "Agent attrition rate confirmed (monthly, not annualised)"),
            vq("VQ-03", "Training program reviewed, including healthcare-specific and practice-specific components"),
            vq("VQ-04", "EHR and scheduling system integration confirmed"),
            vq("VQ-05", "Sample call recordings reviewed (with patient data redacted)"),
            ck("CK-01", "All KPIs defined with specific numeric targets, not adjective descriptions"),
            ck("CK-02", "Remediation thresholds defined for each KPI"),
            ck("CK-03", "Early exit conditions defined without penalty"),
            ck("CK-04", "Reporting cadence specified (weekly, monthly, quarterly)"),
            ck("CK-05", "Technology stack confirmed, such as quality monitoring, WFM, AI coaching tools"),
            om("OM-01", "Internal owner assigned for vendor relationship management"),
            om("OM-02", "Weekly / monthly / quarterly review cadence scheduled before go-live"),
            om("OM-03", "Call recording access confirmed for your internal review"),
            om("OM-04", "Agent team change notification protocol in the contract"));

    private BuiltInChecklist() {}

    /** The 20 items in article order. */
    public static List<ChecklistItemDef> items() {
        return ITEMS;
    }

    /** The four group names in article order. */
    public static List<String> groups() {
        return List.of(COMPLIANCE_AND_SECURITY, VENDOR_QUALITY, CONTRACT_AND_KPIS, ONGOING_MANAGEMENT);
    }

    private static ChecklistItemDef cs(String id, String text) { return new ChecklistItemDef(id, COMPLIANCE_AND_SECURITY, text, true); }

    private static ChecklistItemDef vq(String id, String text) { return new ChecklistItemDef(id, VENDOR_QUALITY, text, true); }

    private static ChecklistItemDef ck(String id, String text) { return new ChecklistItemDef(id, CONTRACT_AND_KPIS, text, true); }

    private static ChecklistItemDef om(String id, String text) { return new ChecklistItemDef(id, ONGOING_MANAGEMENT, text, true); }
}

package org.vendorbench.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vendorbench.domain.Assumption;
import org.vendorbench.domain.ChoiceOption;
import org.vendorbench.domain.Direction;
import org.vendorbench.domain.Knockout;
import org.vendorbench.domain.Pricing;
import org.vendorbench.domain.PricingModel;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.ScoringRule;
import org.vendorbench.domain.Section;
import org.vendorbench.workbook.RfpTemplateWriter;

/**
 * The data of the demo in {@code sample-rfps/}: the medical call-center RFP built from the
 * article and five vendors' answers that tell its story (the 35 %-cheaper vendor that costs most
 * over 36 months, a premium vendor, the balanced winner, a disqualified one, a messy one).
 * Answers are kept here in clean, normalised form; {@link SampleRfpsGenerator} writes them the
 * way each vendor would.
 */
public final class SampleRfpData {
    private SampleRfpData() {}

    /** Vendor order of every answer array below. */
    public static final int BUDGET = 0, PREMIER = 1, CARELINE = 2, SECURECALL = 3, MEDCONNECT = 4;

    /** One vendor of the demo. */
    public record SampleVendor(String file, String name, String contact, String email, LocalDate submitted,
                               Pricing pricing, String story) {}

    public static final List<SampleVendor> VENDORS = List.of(
            new SampleVendor("vendor-budgetvoice.xlsx", "BudgetVoice Solutions", "Dana Pike", "dana.pike@budgetvoice.example",
                    LocalDate.of(2026, 12, 4), new Pricing(PricingModel.PER_MINUTE, 0.62, 0, 0, 5_000, 400, 24, 5, 60_000),
                    "the 35 %-cheaper rate: weak FCR, abandonment and attrition"),
            new SampleVendor("vendor-premier.xlsx", "Premier Patient Access", "Luis Ortega", "l.ortega@premierpa.example",
                    LocalDate.of(2026, 12, 9), new Pricing(PricingModel.PER_MINUTE, 1.65, 0, 70_000, 60_000, 2_500, 20, 4, 150_000),
                    "the premium: highest rate, excellent KPIs"),
            new SampleVendor("vendor-careline.xlsx", "CareLine Partners", "Priya Raman", "priya.raman@careline.example",
                    LocalDate.of(2026, 12, 10), new Pricing(PricingModel.PER_MINUTE, 0.95, 0, 40_000, 25_000, 1_500, 20, 3, 40_000),
                    "the balanced winner"),
            new SampleVendor("vendor-securecall.xlsx", "SecureCall Health", "Tom Becker", "tbecker@securecall.example",
                    LocalDate.of(2026, 12, 8), new Pricing(PricingModel.PER_CALL, 3.40, 0, 35_000, 20_000, 1_200, 20, 3, 50_000),
                    "disqualified: SOC 2 Type I only"),
            new SampleVendor("vendor-medconnect.xlsx", "MedConnect Contact Centers", "Ana Sousa", "ana.sousa@medconnect.example",
                    LocalDate.of(2026, 12, 11), new Pricing(PricingModel.PER_FTE_MONTH, 2_650.0, 22, 0, 30_000, 1_000, 22, 3.5, 75_000),
                    "gaps and messy formatting"));

    /** Committed KPI values by KPI ID, in vendor order. */
    public static final Map<String, double[]> KPI_VALUES = new LinkedHashMap<>();

    static {
        KPI_VALUES.put("FCR", new double[] {68, 88, 85, 82, 78});
        KPI_VALUES.put("ASA", new double[] {55, 20, 28, 30, 35});
        KPI_VALUES.put("ABANDON", new double[] {11, 2.5, 3, 4.5, 6});
        KPI_VALUES.put("FILL", new double[] {76, 93, 88, 86, 82});
        KPI_VALUES.put("CSAT", new double[] {74, 92, 90, 87, 83});
        KPI_VALUES.put("HIPAA", new double[] {0.3, 0, 0, 0, 0.1});
        KPI_VALUES.put("ATTRITION", new double[] {9, 2.5, 3, 4, 5});
        KPI_VALUES.put("ACW", new double[] {150, 75, 85, 90, 105});
    }

    /** A question with its five answers (clean form; {@code "value || comment"}; null = no answer). */
    public record Row(Question question, String[] answers) {}

    private static final List<Row> ROWS = new ArrayList<>();

    private static void q(String id, String sec, QuestionType type, String text, String options, boolean mandatory,
                          String knockout, double weight, String scoring, String... answers) {
        if (answers.length != 5) throw new IllegalArgumentException(id);
        List<ChoiceOption> opts = new ArrayList<>();
        if (options != null) {
            for (String o : options.split("\\|")) {
                String[] p = o.split("=");
                opts.add(new ChoiceOption(p[0], p.length > 1 ? Double.valueOf(p[1]) : null));
            }
        }
        ScoringRule rule;
        if (scoring == null) {
            rule = switch (type) {
                case YES_NO -> new ScoringRule.YesNo();
                case CHOICE -> new ScoringRule.Choice();
                default -> new ScoringRule.Manual();
            };
        } else if (scoring.equals("manual")) {
            rule = new ScoringRule.Manual();
        } else {
            String[] p = scoring.split(";\\s*");
            rule = new ScoringRule.Linear(Double.parseDouble(p[0].substring(7)), Double.parseDouble(p[1].substring(6)),
                    Direction.parse(p[2]));
        }
        Knockout ko = null;
        if (knockout != null) {
            if (type == QuestionType.YES_NO) {
                ko = new Knockout.Tokens(knockout, List.of(knockout.toUpperCase()));
            } else if (type == QuestionType.CHOICE) {
                ko = new Knockout.Options(knockout, List.of(knockout.split("\\|")));
            } else {
                String[] p = knockout.split("\\s+");
                Knockout.Comparison op = switch (p[0]) {
                    case "<" -> Knockout.Comparison.LT;
                    case "<=" -> Knockout.Comparison.LE;
                    case ">" -> Knockout.Comparison.GT;
                    default -> Knockout.Comparison.GE;
                };
                ko = new Knockout.Compare(knockout, op, Double.parseDouble(p[1]));
            }
        }
        ROWS.add(new Row(new Question(id, sec, text, type, opts, mandatory, ko, weight, rule), answers));
    }

    static {
        final QuestionType YN = QuestionType.YES_NO, CH = QuestionType.CHOICE, NUM = QuestionType.NUMBER,
                PCT = QuestionType.PERCENT, CUR = QuestionType.CURRENCY, DUR = QuestionType.DURATION,
                TXT = QuestionType.TEXT, DAT = QuestionType.DATE;
        // Compliance & Security
        q("CS-01", "CS", YN, "Will you sign our Business Associate Agreement (BAA) covering call-center operations, agent access to PHI and incident-response timelines?",
                null, true, "No", 3, null,
                "Yes", "Yes || BAA template v4 attached; covers agent PHI access and 24-hour incident notice", "Yes || Our BAA covers call-center operations and incident response", "Yes", "Yes || see attached");
        q("CS-02", "CS", CH, "Which independent security attestation do you currently hold?",
                "SOC 2 Type II=5|SOC 2 Type I=2|ISO 27001 only=2|None=0", true, "None|SOC 2 Type I", 3, null,
                "SOC 2 Type II", "SOC 2 Type II || 2026 report, no exceptions", "SOC 2 Type II", "SOC 2 Type I || Type II observation window starts in Q3 2027", "SOC 2 Type II");
        q("CS-03", "CS", YN, "Is HIPAA Security Rule documentation covering physical, administrative and technical safeguards available for our review?",
                null, true, null, 2, null,
                "Partial || Policies available; technical safeguards document in progress", "Yes", "Yes", "Yes", "Yes");
        q("CS-04", "CS", YN, "Do you log which agent accessed which patient record, when, and from which device?",
                null, true, null, 2, null, "No", "Yes", "Yes", "Yes", "Partial || Record access logged, device not yet");
        q("CS-05", "CS", YN, "Are agents prevented from accessing PHI on personal or unmanaged devices (device management enforced)?",
                null, true, null, 2, null, "Partial || Home agents use own PCs over VPN", "Yes", "Yes", "Yes", "Yes");
        q("CS-06", "CS", DAT, "Date of your most recent third-party security audit", null, true, null, 1, null,
                "2024-11-15", "2026-09-30", "2026-06-12", "2026-08-01", "2026-02-20");
        q("CS-07", "CS", NUM, "Hours from detecting a suspected breach to written notice to us", null, true, "> 72", 2,
                "target=24; floor=72; lower", "72", "12", "24", "24", "48");
        q("CS-08", "CS", TXT, "Walk us through exactly what happens in the first 72 hours after a suspected breach.", null, true, null, 2, null,
                "We investigate and inform the client when the investigation is complete.",
                "Hour 0-1: the agent's session is frozen and the security desk paged.\nHour 1-4: forensic snapshot, affected records identified from access logs.\nHour 12: written notice to your privacy officer with the scope known so far.\nHour 24-72: daily joint calls, containment report, draft notification letters for your review.",
                "Within 1 hour the incident lead contains the device and pulls access logs; within 24 hours you get written notice with affected records; by 72 hours a root-cause summary and a remediation plan agreed with your compliance team.",
                "Incident team engaged immediately; notice within 24 hours; full report in 5 business days.",
                "Our incident response plan (see attached PDF) defines containment within 4 hours and client notice within 48 hours. Équipe de sécurité disponible 24/7.");
        q("CS-09", "CS", PCT, "Share of agents with current annual HIPAA training", null, false, null, 1,
                "target=100; floor=80; higher", "85", "100", "100", "100", "95");
        q("CS-10", "CS", NUM, "Reportable HIPAA breaches in the last 36 months (all clients)", null, false, null, 1,
                "target=0; floor=3; lower", "2", "0", "0", "0", "1");
        q("CS-11", "CS", YN, "Are call recordings encrypted at rest and in transit?", null, false, null, 1, null,
                "Partial || In transit only", "Yes", "Yes", "Yes", "Yes");
        q("CS-12", "CS", CUR, "Cyber liability insurance coverage", null, false, null, 1,
                "target=5000000; floor=1000000; higher", "1000000", "10000000", "5000000", "5000000", "2000000");
        q("CS-13", "CS", YN, "Do you run an annual penetration test by an independent firm?", null, false, null, 1, null,
                "No", "Yes", "Yes", "Yes", "Yes");
        // Vendor Quality
        q("VQ-01", "VQ", NUM, "Healthcare clients currently served", null, false, null, 1,
                "target=10; floor=1; higher", "3", "45", "18", "12", "9");
        q("VQ-02", "VQ", NUM, "How many references from practices in our specialty or a similar patient population can you provide?", null, true, null, 2,
                "target=3; floor=0; higher", "1", "4", "3", "2", "2");
        q("VQ-03", "VQ", PCT, "Monthly agent attrition (monthly, not annualised), average of the last 12 months", null, true, null, 2,
                "target=4; floor=10; lower", "9", "2.5", "3", "4", "5");
        q("VQ-04", "VQ", NUM, "Average agent tenure in months", null, false, null, 1,
                "target=24; floor=6; higher", "7", "38", "26", "20", "16");
        q("VQ-05", "VQ", CH, "Will our program have a dedicated agent team?",
                "Dedicated team=5|Dedicated core with shared overflow=3|Shared pool=0", true, null, 2, null,
                "Shared pool", "Dedicated team", "Dedicated team", "Dedicated core with shared overflow", "Dedicated core with shared overflow");
        q("VQ-06", "VQ", PCT, "Share of agents with prior healthcare call experience", null, false, null, 1,
                "target=80; floor=30; higher", "30", "95", "80", "70", "60");
        q("VQ-07", "VQ", YN, "Will you provide sample call recordings (patient data redacted) before signing?", null, false, null, 1, null,
                "Yes", "Yes", "Yes", "Yes", "Yes");
        q("VQ-08", "VQ", TXT, "Describe your experience with practices similar to ours (specialty, size, payer mix).", null, true, null, 2, null,
                "We serve many industries including two dental groups.",
                "45 healthcare clients including 12 multi-site primary care groups of 20-60 providers; we run scheduling, referrals and prior-authorization follow-up.",
                "18 healthcare clients; 7 are primary care and family medicine groups with a Medicaid/commercial mix like yours. References attached.",
                "12 clients, mostly hospital outpatient departments.",
                "9 healthcare clients (cardiology, paediatrics, orthopaedics).\nReferences on request.");
        q("VQ-09", "VQ", NUM, "Years of healthcare call handling", null, false, null, 1,
                "target=10; floor=1; higher", "2", "22", "12", "8", "6");
        q("VQ-10", "VQ", NUM, "Agents per supervisor", null, false, null, 1,
                "target=10; floor=20; lower", "22", "8", "10", "12", "15");
        q("VQ-11", "VQ", PCT, "Average quality-assurance score on healthcare programs, last 12 months", null, false, null, 1,
                "target=90; floor=70; higher", "78", "96", "92", "90", "86");
        // Training & Knowledge
        q("TK-01", "TK", NUM, "Weeks of practice-specific training before agents take live calls", null, true, null, 2,
                "target=4; floor=1; higher", "1", "6", "5", "4", "3");
        q("TK-02", "TK", CH, "Which of role-play scenarios, live call shadowing, an EHR proficiency test and escalation decision-tree practice does training include?",
                "All four=5|Three of four=3|Two or fewer=1", false, null, 1, null,
                "Two or fewer", "All four", "All four", "Three of four", "Three of four");
        q("TK-03", "TK", YN, "Do agents get clinical terminology training specific to our specialty?", null, false, null, 1, null,
                "No", "Yes", "Yes", "Yes", "Partial");
        q("TK-04", "TK", YN, "Does training cover our payer mix and insurance verification (e.g. HMO vs PPO referral rules)?", null, false, null, 1, null,
                "Partial", "Yes", "Yes", "Yes", "Yes");
        q("TK-05", "TK", TXT, "Describe your escalation protocol for urgent clinical concerns.", null, true, null, 2, null,
                "Agents transfer urgent calls to the practice's main line.",
                "Red-flag symptom list built with your clinicians; warm transfer to the on-call nurse within 30 seconds; callback log reviewed daily.",
                "Decision tree agreed with your medical director: emergencies to 911 script, urgent symptoms warm-transferred to triage nurse, everything else messaged to the care team within 15 minutes.",
                "Urgent calls go to our nurse line, then to your on-call provider.",
                "Escalation per client protocol; supervisors available on the floor.");
        q("TK-06", "TK", NUM, "Coaching hours per agent per month", null, false, null, 1,
                "target=4; floor=0; higher", "0.5", "6", "4", "3", "2");
        q("TK-07", "TK", QuestionType.DURATION, "Time to publish an urgent knowledge-base update to all agents", null, false, null, 1,
                "target=14400; floor=86400; lower", "172800", "3600", "14400", "28800", "43200");
        q("TK-08", "TK", YN, "Does training include HIPAA-aware communication (what agents may confirm, when to end a call)?", null, true, null, 1, null,
                "Yes", "Yes", "Yes", "Yes", "Yes");
        // Operations & Technology
        q("OT-01", "OT", CH, "How do agents work in our EHR and scheduling system?",
                "Native integration=5|Via middleware=3|Manual double entry=0", true, null, 2, null,
                "Manual double entry", "Native integration", "Native integration", "Via middleware", "Via middleware");
        q("OT-02", "OT", YN, "Do you use a quality monitoring tool on every program?", null, false, null, 1, null,
                "Partial", "Yes", "Yes", "Yes", "Yes");
        q("OT-03", "OT", YN, "Do you use workforce management (WFM) software for forecasting and scheduling?", null, false, null, 1, null,
                "Yes", "Yes", "Yes", "Yes", "Yes");
        q("OT-04", "OT", YN, "Do you use AI coaching or speech analytics?", null, false, null, 1, null,
                "No", "Yes", "Partial || Pilot on two programs", "Yes", "No");
        q("OT-05", "OT", NUM, "Hours of live-agent coverage per week", null, false, null, 1,
                "target=168; floor=50; higher", "60", "168", "168", "120", "80");
        q("OT-06", "OT", PCT, "Share of calls recorded", null, false, null, 1,
                "target=100; floor=80; higher", "80", "100", "100", "100", "100");
        q("OT-07", "OT", DUR, "Time to restore phone service after a site outage", null, false, null, 1,
                "target=900; floor=14400; lower", "14400", "300", "900", "1800", "3600");
        q("OT-08", "OT", TXT, "Describe your technology stack: telephony, quality monitoring, WFM, analytics.", null, false, null, 1, null,
                "Cloud phone system; spreadsheets for scheduling.",
                "Genesys Cloud, Verint QM and WFM, speech analytics on 100 % of calls, Epic integration via App Orchard.",
                "Five9 telephony, Calabrio QM/WFM, nightly Epic scheduling sync, Power BI dashboards.",
                "Avaya telephony, NICE QM, in-house WFM.",
                "RingCentral; QA by supervisors; WFM in Excel — migrating to NICE in 2027.");
        q("OT-09", "OT", NUM, "Languages supported besides English", null, false, null, 1,
                "target=3; floor=0; higher", "1", "6", "3", "2", null);
        q("OT-10", "OT", DUR, "Time to transfer an after-hours triage call to the on-call clinician", null, true, null, 1,
                "target=60; floor=300; lower", "300", "30", "60", "90", "120");
        q("OT-11", "OT", PCT, "Telephony platform uptime, last 12 months", null, false, null, 1,
                "target=99.9; floor=99; higher", "99", "99.99", "99.95", "99.9", "99.5");
        // Ongoing Management
        q("OM-01", "OM", YN, "Will you report abandonment rate, ASA and FCR weekly?", null, true, null, 1, null,
                "Yes", "Yes", "Yes", "Yes", "Yes");
        q("OM-02", "OM", YN, "Will you review at least 15 recorded calls a month with us, across call types?", null, false, null, 1, null,
                "No", "Yes", "Yes", "Yes", "Partial || Quarterly");
        q("OM-03", "OM", YN, "Will you hold a quarterly review against all KPIs with trend analysis?", null, false, null, 1, null,
                "Partial", "Yes", "Yes", "Yes", "Yes");
        q("OM-04", "OM", YN, "Will you take part in an annual contract and technology review?", null, false, null, 1, null,
                "Yes", "Yes", "Yes", "Yes", "Yes");
        q("OM-05", "OM", YN, "Will our program have a named account manager?", null, true, null, 1, null,
                "No || Shared account team", "Yes", "Yes", "Yes", "Yes");
        q("OM-06", "OM", NUM, "Days of notice before changes to the agent team or its leads", null, false, null, 1,
                "target=14; floor=0; higher", "0", "30", "14", "7", "7");
        q("OM-07", "OM", DUR, "Time to provide a call recording we request", null, false, null, 1,
                "target=86400; floor=604800; lower", "604800", "3600", "86400", "172800", "259200");
        q("OM-08", "OM", TXT, "How do you bring improvement ideas from your other healthcare clients to us?", null, false, null, 1, null,
                "On request.",
                "Quarterly innovation session with benchmarks across 45 healthcare programs; two funded pilots a year.",
                "Quarterly review includes a benchmark page and one improvement proposal with expected impact.",
                "Annual account review.",
                "Our account manager shares best practices in monthly calls.");
        q("OM-09", "OM", CH, "How are reports delivered?",
                "Live dashboard and weekly PDF=5|Weekly PDF=3|Monthly spreadsheet=1", false, null, 1, null,
                "Monthly spreadsheet", "Live dashboard and weekly PDF", "Live dashboard and weekly PDF", "Weekly PDF", "Weekly PDF");
        // Pricing & Contract
        q("PC-01", "PC", YN, "Do you accept a formal remediation plan when a KPI passes its remediation threshold?", null, true, null, 1, null,
                "Partial", "Yes", "Yes", "Yes", "Yes");
        q("PC-02", "PC", YN, "Do you accept our right to exit without penalty when a KPI is beyond its exit threshold two months running?", null, true, null, 2, null,
                "No || Standard termination fee applies", "Yes", "Yes", "Yes", "Partial || After 3 months");
        q("PC-03", "PC", DAT, "Earliest go-live date (after a 4-6 week training period)", null, true, null, 1, null,
                "2027-01-04", "2027-03-01", "2027-02-01", "2027-02-15", "2027-03-15");
        q("PC-04", "PC", NUM, "Invoice payment terms in days", null, false, null, 1,
                "target=45; floor=15; higher", "15", "30", "45", "30", "30");
        q("PC-05", "PC", PCT, "Service credit as a share of the monthly fee when a KPI is missed", null, false, null, 1,
                "target=10; floor=0; higher", "0", "12", "10", "8", null);
        q("PC-06", "PC", YN, "Will you hold prices for the first 12 months?", null, false, null, 1, null,
                "Yes", "Yes", "Yes", "Yes", "Yes");
        q("PC-07", "PC", NUM, "Months of transition-out assistance at the end of the contract", null, false, null, 1,
                "target=3; floor=0; higher", "0", "6", "3", "3", "2");
        q("PC-08", "PC", TXT, "State your pricing assumptions and anything not included in the price.", null, false, null, 1, null,
                "Rate excludes after-hours, Spanish calls (+$0.20/min) and reporting.",
                "All-inclusive; after-hours and bilingual agents included; volume above 15,000 calls re-priced.",
                "All-inclusive up to 15,000 calls a month; EHR licences provided by you.",
                "Per handled call; IVR-only calls not billed.",
                "FTE price includes supervision and QA; reporting billed separately.");
        q("PC-09", "PC", CUR, "Monthly reporting fee, if charged separately", null, false, null, 1,
                "target=0; floor=2000; lower", "1500", "0", "0", "0", "250");
    }

    public static List<Row> rows() {
        return List.copyOf(ROWS);
    }

    /** The demo RFP. */
    public static Rfp rfp() {
        List<Section> sections = List.of(
                new Section("CS", "Compliance & Security", 25),
                new Section("VQ", "Vendor Quality", 20),
                new Section("TK", "Training & Knowledge", 15),
                new Section("OT", "Operations & Technology", 10),
                new Section("OM", "Ongoing Management", 10),
                new Section("PC", "Pricing & Contract", 5),
                new Section("KPI", "KPI Commitments", 25));
        List<Assumption> assumptions = List.of(
                new Assumption("Monthly call volume", 12_000, 10_000.0, 15_000.0),
                new Assumption("Annual volume growth", 3, 0.0, 6.0),
                new Assumption("Billable minutes per call", 4, 3.0, 5.0),
                new Assumption("Repeat calls per unresolved call", 1, null, null),
                new Assumption("Patient annual value", 2_000, 1_500.0, 3_000.0),
                new Assumption("Lost share of abandoned callers", 2, 1.0, 4.0),
                new Assumption("Lost share of dissatisfied callers", 1, 0.5, 2.0),
                new Assumption("Internal hourly rate", 60, null, null),
                new Assumption("Internal onboarding hours", 120, null, null),
                new Assumption("Governance hours per month", 16, null, null),
                new Assumption("Exit cost in months of fees", 4.5, 3.0, 6.0),
                new Assumption("Re-procurement cost", 25_000, null, null),
                new Assumption("Exit probability at quality 50", 20, 10.0, 30.0),
                new Assumption("Discount rate", 0, null, null));
        return new Rfp("MCC-2027-01", "Outsourced patient access and scheduling call center",
                "Riverside Family Health Partners", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 11), "USD", 36, 30,
                Rfp.FORMAT, sections, ROWS.stream().map(Row::question).toList(), RfpTemplateWriter.ARTICLE_KPIS,
                assumptions, RfpTemplateWriter.ARTICLE_CHECKLIST);
    }

    /** Evaluators of the manual questions. */
    public static final List<String> EVALUATORS = List.of("Dr. Alicia Rivera", "James Chen", "Maria Okafor");

    /** Base manual score of each vendor (vendor order). */
    private static final double[] MANUAL_BASE = {1.5, 4.5, 3.5, 3.0, 3.0};
    private static final double[][] OFFSETS = {{0, 0.5, -0.5}, {0.5, 0, 0}, {-0.5, 0, 0.5}, {0, -0.5, 0}};

    /** The evaluator's score of a manual question for a vendor; MedConnect's TK-05 has a 2-point spread. */
    public static double manualScore(int vendor, String questionId, int evaluator) {
        if (vendor == MEDCONNECT && questionId.equals("TK-05")) return new double[] {2, 4, 3}[evaluator];
        int qi = Math.floorMod(questionId.hashCode(), OFFSETS.length);
        double s = MANUAL_BASE[vendor] + OFFSETS[qi][evaluator];
        return Math.max(0, Math.min(5, s));
    }
}

package org.vendorbench.domain.checklist;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a checklist item (or an RFP question) is about, recognised by keywords. This enum is THE
 * keyword table of the checklist: it links checklist items to the vendor's workbook answers
 * ({@link ClaimPrefill}), says which items need a validity period ({@link ValidityRule}) and which
 * need an evidence attachment before they can be verified.
 *
 * <p>Matching: the text is lower-cased and every run of white space, {@code _}, {@code -} and
 * dashes becomes one space; each keyword is a regular expression that must start at a word
 * boundary (so {@code kpi} matches "KPIs" but {@code ehr} does not match "other"). Topics are
 * tried in declaration order and the FIRST match wins; the order puts the specific topics before
 * the general ones ("call recording access" before "access control", "remediation" and "exit"
 * before "KPI", "reporting" before "cadence", "breach" before "team change notification").
 */
public enum ChecklistTopic {
    BAA(true, "baa", "business associate"),
    SOC2(true, "soc ?2", "soc ii", "service organi[sz]ation control"),
    HIPAA_SECURITY_RULE(true, "hipaa security rule", "security rule", "safeguards"),
    CALL_RECORDING_ACCESS(false, "call recording access", "recording access",
            "access (to )?(the |your |our )?(call )?recordings", "access recorded calls"),
    ACCESS_CONTROL(true, "access controls?", "device management", "devices?", "access logs?",
            "which agent accessed"),
    BREACH(true, "breach", "incident response"),
    SECURITY_AUDIT(true, "third party (security )?audit", "security audit", "independent audit",
            "external audit", "penetration test", "pen test"),
    REFERENCES(false, "references?", "referees?"),
    ATTRITION(false, "attrition", "turnover", "tenure"),
    TRAINING(false, "training", "onboarding program", "curriculum"),
    EHR(false, "ehr", "emr", "electronic (health|medical) records?", "scheduling system",
            "practice management system"),
    SAMPLE_RECORDINGS(false, "sample (call )?recordings?", "sample calls?", "recorded calls", "call recordings?"),
    REMEDIATION(false, "remediation", "corrective action", "improvement plan"),
    EXIT(false, "exit", "terminat", "without penalty"),
    REPORTING(false, "reporting", "reports?\\b", "dashboards?"),
    TECH_STACK(false, "technology stack", "tech stack", "wfm", "workforce management", "quality monitoring",
            "ai coaching", "speech analytics"),
    KPI_TARGETS(false, "kpis?", "key performance", "service levels?", "sla", "numeric targets?"),
    OWNER(false, "owner", "relationship manage", "account manager", "single point of contact"),
    REVIEW_CADENCE(false, "cadence", "business reviews?", "qbr", "governance meetings?", "review meetings?"),
    TEAM_CHANGE(false, "team changes?", "change notification", "staffing changes?", "changes? (to|in) (the )?(agent )?team",
            "notify");

    private static final ChecklistTopic[] VALUES = values();
    private static final Pattern SEPARATORS =
            Pattern.compile("[\\s\\u00A0\\u2007\\u202F_\\-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]+");

    /** Whether verifying an item of this topic needs at least one evidence attachment. */
    public final boolean requiresEvidence;
    private final List<String> keywords;
    /** All keywords as one alternation: one search per topic instead of one per keyword. */
    private final Pattern pattern;

    ChecklistTopic(boolean requiresEvidence, String... keywords) {
        this.requiresEvidence = requiresEvidence;
        this.keywords = List.of(keywords);
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", keywords) + ")");
    }

    /** The keyword expressions as written in the table (for documentation and the UI). */
    public List<String> keywords() {
        return keywords;
    }

    /** True when one of this topic's keywords occurs in {@code text}. */
    public boolean matches(String text) {
        return matchesNormalised(normalise(text));
    }

    private boolean matchesNormalised(String normalised) {
        return pattern.matcher(normalised).find();
    }

    /** The first topic (in declaration order) whose keywords occur in {@code text}. */
    public static Optional<ChecklistTopic> of(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        String n = normalise(text);
        for (ChecklistTopic t : VALUES) {
            if (t.matchesNormalised(n)) return Optional.of(t);
        }
        return Optional.empty();
    }

    /** Lower case, separators (white space, underscores, dashes) as single spaces. */
    static String normalise(String text) {
        if (text == null) return "";
        return SEPARATORS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}

package org.vendorbench.ui.rfp;

import java.util.ArrayList;
import java.util.List;
import org.vendorbench.domain.ChecklistItemDef;
import org.vendorbench.domain.ChoiceOption;
import org.vendorbench.domain.Fold;
import org.vendorbench.domain.Knockout;
import org.vendorbench.domain.Kpi;
import org.vendorbench.domain.Question;
import org.vendorbench.domain.QuestionType;
import org.vendorbench.domain.Rfp;
import org.vendorbench.domain.ScoringRule;
import org.vendorbench.domain.Section;
import org.vendorbench.workbook.RfpFieldRules;
import org.vendorbench.workbook.RfpFieldRules.Checked;
import org.vendorbench.workbook.RfpWriter;

/**
 * Applies one field edit typed in the RFP area to an RFP, with the RFP workbook's own rules
 * ({@link RfpFieldRules}): a question's type, options, knockout and scoring are re-read together,
 * so changing the type re-checks the knockout and the rule. Pure: no JavaFX, no store.
 */
public final class RfpEditor {
    /** Editable question fields (as the Questions sheet names them). */
    public enum QuestionField { REQUIREMENT, TYPE, OPTIONS, MANDATORY, KNOCKOUT, WEIGHT, SCORING }

    /** Editable KPI fields. */
    public enum KpiField { NAME, TARGET, EXIT, WEIGHT }

    /** Editable checklist fields. */
    public enum ChecklistField { GROUP, ITEM, REQUIRED }

    /** The edited RFP, or the problem worded for the field ("CS-02 · Knockout: ..."). */
    public record Result(Rfp rfp, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private RfpEditor() {}

    public static Result editQuestion(Rfp rfp, String id, QuestionField field, String text) {
        Question q = rfp.question(id).orElse(null);
        if (q == null) return new Result(null, "no question " + id + " in the RFP");
        String where = q.id() + " · " + label(field.name()) + ": ";
        String requirement = q.requirement();
        String typeText = q.type().name();
        String optionsText = RfpWriter.optionsText(q.options());
        String mandatoryText = q.mandatory() ? "Y" : "N";
        String knockoutText = q.knockout() == null ? "" : q.knockout().expression();
        String weightText = RfpWriter.number(q.weight());
        String scoringText = RfpWriter.scoringText(q);
        if (scoringText == null) scoringText = "";
        String t = text == null ? "" : text.strip();
        switch (field) {
            case REQUIREMENT -> requirement = t;
            case TYPE -> typeText = t;
            case OPTIONS -> optionsText = t;
            case MANDATORY -> mandatoryText = t;
            case KNOCKOUT -> knockoutText = t;
            case WEIGHT -> weightText = t;
            case SCORING -> scoringText = t;
        }
        if (requirement.isEmpty()) return new Result(null, where + "the requirement is blank");
        Checked<QuestionType> type = RfpFieldRules.type(typeText);
        if (!type.ok()) return new Result(null, where + type.problem());
        Checked<List<ChoiceOption>> options = RfpFieldRules.options(optionsText, type.value());
        if (!options.ok()) return new Result(null, where + options.problem());
        Checked<Boolean> mandatory = RfpFieldRules.yesNo("Mandatory", mandatoryText);
        if (!mandatory.ok()) return new Result(null, where + mandatory.problem());
        Checked<Knockout> knockout = RfpFieldRules.knockout(knockoutText, type.value(), options.value(), rfp.currency());
        if (!knockout.ok()) return new Result(null, where + knockout.problem());
        Checked<Double> weight = RfpFieldRules.weight(weightText);
        if (!weight.ok()) return new Result(null, where + weight.problem());
        Checked<ScoringRule> rule = RfpFieldRules.scoring(scoringText, type.value(), options.value());
        if (!rule.ok()) return new Result(null, where + rule.problem());
        Question edited = new Question(q.id(), q.sectionId(), requirement, type.value(), options.value(),
                mandatory.value(), knockout.value(), weight.value(), rule.value());
        return new Result(with(rfp, replace(rfp.questions(), x -> Fold.same(x.id(), q.id()), edited), null, null, null), null);
    }

    public static Result editKpi(Rfp rfp, String id, KpiField field, String text) {
        Kpi k = rfp.kpi(id).orElse(null);
        if (k == null) return new Result(null, "no KPI " + id + " in the RFP");
        String where = k.id() + " · " + label(field.name()) + ": ";
        String t = text == null ? "" : text.strip();
        Kpi edited;
        switch (field) {
            case NAME -> {
                if (t.isEmpty()) return new Result(null, where + "the name is blank");
                edited = new Kpi(k.id(), t, k.unit(), k.direction(), k.target(), k.remediationThreshold(), k.exitThreshold(), k.weight());
            }
            case WEIGHT -> {
                Checked<Double> w = RfpFieldRules.weight(t);
                if (!w.ok()) return new Result(null, where + w.problem());
                edited = new Kpi(k.id(), k.name(), k.unit(), k.direction(), k.target(), k.remediationThreshold(), k.exitThreshold(), w.value());
            }
            default -> {
                Checked<Double> n = RfpFieldRules.number(label(field.name()), t);
                if (!n.ok()) return new Result(null, where + n.problem());
                double target = field == KpiField.TARGET ? n.value() : k.target();
                double exit = field == KpiField.EXIT ? n.value() : k.exitThreshold();
                boolean higher = k.direction() == org.vendorbench.domain.Direction.HIGHER;
                if (higher ? exit >= target : exit <= target) {
                    return new Result(null, where + "the exit threshold " + RfpWriter.number(exit) + " must be "
                            + (higher ? "below" : "above") + " the target " + RfpWriter.number(target)
                            + " (" + k.direction().name().toLowerCase(java.util.Locale.ROOT) + " is better)");
                }
                edited = new Kpi(k.id(), k.name(), k.unit(), k.direction(), target, k.remediationThreshold(), exit, k.weight());
            }
        }
        return new Result(with(rfp, null, replace(rfp.kpis(), x -> Fold.same(x.id(), k.id()), edited), null, null), null);
    }

    public static Result editChecklist(Rfp rfp, String id, ChecklistField field, String text) {
        ChecklistItemDef d = rfp.checklist().stream().filter(x -> Fold.same(x.id(), id)).findFirst().orElse(null);
        if (d == null) return new Result(null, "no checklist item " + id + " in the RFP");
        String where = d.id() + " · " + label(field.name()) + ": ";
        String t = text == null ? "" : text.strip();
        ChecklistItemDef edited;
        switch (field) {
            case GROUP -> {
                if (t.isEmpty()) return new Result(null, where + "the group is blank");
                edited = new ChecklistItemDef(d.id(), t, d.item(), d.required());
            }
            case ITEM -> {
                if (t.isEmpty()) return new Result(null, where + "the item is blank");
                edited = new ChecklistItemDef(d.id(), d.group(), t, d.required());
            }
            default -> {
                Checked<Boolean> b = RfpFieldRules.yesNo("Required", t);
                if (!b.ok()) return new Result(null, where + b.problem());
                edited = new ChecklistItemDef(d.id(), d.group(), d.item(), b.value());
            }
        }
        return new Result(with(rfp, null, null, replace(rfp.checklist(), x -> Fold.same(x.id(), d.id()), edited), null), null);
    }

    /** A section's name (the weight is a judgement: an override, see {@link RfpViewModel#editSectionWeight}). */
    public static Result editSectionName(Rfp rfp, String id, String text) {
        Section s = rfp.section(id).orElse(null);
        if (s == null) return new Result(null, "no section " + id + " in the RFP");
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) return new Result(null, s.id() + " · Section: the name is blank");
        return new Result(with(rfp, null, null, null,
                replace(rfp.sections(), x -> Fold.same(x.id(), s.id()), new Section(s.id(), t, s.weight()))), null);
    }

    private static <T> List<T> replace(List<T> list, java.util.function.Predicate<T> which, T by) {
        List<T> out = new ArrayList<>(list);
        out.replaceAll(x -> which.test(x) ? by : x);
        return out;
    }

    private static Rfp with(Rfp r, List<Question> qs, List<Kpi> ks, List<ChecklistItemDef> cl, List<Section> ss) {
        return new Rfp(r.rfpId(), r.title(), r.organization(), r.issued(), r.due(), r.currency(), r.termMonths(),
                r.priceWeight(), r.format(), ss == null ? r.sections() : ss, qs == null ? r.questions() : qs,
                ks == null ? r.kpis() : ks, r.assumptions(), cl == null ? r.checklist() : cl);
    }

    static String label(String enumName) {
        String s = enumName.toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

}

package org.vendorbench.ui.undo;

import java.util.Optional;
import org.vendorbench.domain.ConsensusOverride;
import org.vendorbench.domain.EvaluatorScore;
import org.vendorbench.store.SectionWeightOverride;
import org.vendorbench.store.Workspace;

/**
 * The undoable edits of this session: scores, consensus, section weights, blind mode. Each captures the
 * previous value when it is first applied (inside the job) and restores it on undo.
 */
public final class WorkspaceEdits {
    /** The reason written to the audit log for an undo. */
    public static final String UNDO_REASON = "undo";

    private WorkspaceEdits() {}

    /** Puts an evaluator's score; undo restores the previous score or removes it. */
    public static Edit putScore(Workspace ws, EvaluatorScore score) {
        return new Edit() {
            private Optional<EvaluatorScore> before;

            @Override public String label() {
                return "score " + score.questionId() + " of " + score.vendor() + " by " + score.evaluator();
            }

            @Override public void apply() {
                if (before == null) {
                    before = ws.scores().stream().filter(s -> s.evaluator().equals(score.evaluator())
                            && s.vendor().equals(score.vendor()) && s.questionId().equals(score.questionId())).findFirst();
                }
                ws.putScore(score);
            }

            @Override public void revert() {
                if (before.isPresent()) ws.putScore(before.get());
                else ws.removeScore(score.evaluator(), score.vendor(), score.questionId(), UNDO_REASON);
            }
        };
    }

    /** Puts a consensus override (its reason is required by the domain); undo restores or removes it. */
    public static Edit putConsensus(Workspace ws, ConsensusOverride override) {
        return new Edit() {
            private Optional<ConsensusOverride> before;

            @Override public String label() {
                return "consensus " + override.questionId() + " of " + override.vendor();
            }

            @Override public void apply() {
                if (before == null) {
                    before = ws.consensus().stream().filter(c -> c.vendor().equals(override.vendor())
                            && c.questionId().equals(override.questionId())).findFirst();
                }
                ws.putConsensus(override);
            }

            @Override public void revert() {
                if (before.isPresent()) ws.putConsensus(before.get());
                else ws.removeConsensus(override.vendor(), override.questionId(), UNDO_REASON);
            }
        };
    }

    /** Puts a section weight override; undo restores or removes it. */
    public static Edit putSectionWeight(Workspace ws, SectionWeightOverride override) {
        return new Edit() {
            private Optional<SectionWeightOverride> before;

            @Override public String label() {
                return "weight of section " + override.sectionId();
            }

            @Override public void apply() {
                if (before == null) {
                    before = ws.sectionWeights().stream()
                            .filter(w -> w.sectionId().equals(override.sectionId())).findFirst();
                }
                ws.putSectionWeight(override);
            }

            @Override public void revert() {
                if (before.isPresent()) ws.putSectionWeight(before.get());
                else ws.removeSectionWeight(override.sectionId(), UNDO_REASON);
            }
        };
    }

    /**
     * Makes the section weight overrides exactly {@code overrides} (one transaction, see
     * {@link Workspace#replaceSectionWeights}); undo restores the overrides stored before, also in one
     * transaction. {@code reason} is written for overrides the save removes.
     */
    public static Edit replaceSectionWeights(Workspace ws, java.util.List<SectionWeightOverride> overrides,
                                             String reason) {
        java.util.List<SectionWeightOverride> wanted = java.util.List.copyOf(overrides);
        return new Edit() {
            private java.util.List<SectionWeightOverride> before;

            @Override public String label() {
                return "section weights";
            }

            @Override public void apply() {
                if (before == null) before = ws.sectionWeights();
                ws.replaceSectionWeights(wanted, reason);
            }

            @Override public void revert() {
                ws.replaceSectionWeights(before, UNDO_REASON);
            }
        };
    }

    /** Switches blind mode; undo switches it back. */
    public static Edit setBlindMode(Workspace ws, boolean on) {
        return new Edit() {
            private Boolean before;

            @Override public String label() {
                return on ? "blind mode on" : "blind mode off";
            }

            @Override public void apply() {
                if (before == null) before = ws.blindMode();
                ws.setBlindMode(on);
            }

            @Override public void revert() {
                ws.setBlindMode(before);
            }
        };
    }
}

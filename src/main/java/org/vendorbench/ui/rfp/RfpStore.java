package org.vendorbench.ui.rfp;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.vendorbench.domain.Rfp;
import org.vendorbench.ui.workspace.OpenWorkspace;
import org.vendorbench.store.AssumptionOverride;
import org.vendorbench.store.SectionWeightOverride;

/**
 * The RFP operations the RFP area needs on an open workspace, as blocking calls made inside
 * background jobs only. The app implements it over {@code store.Workspace}. The editing methods
 * have defaults that refuse, so a read-only implementation (or an older test double) stays valid.
 */
public interface RfpStore {

    Optional<Rfp> loadRfp(OpenWorkspace workspace) throws Exception;

    void putSectionWeights(OpenWorkspace workspace, List<SectionWeightOverride> overrides) throws Exception;

    /** The section weight overrides in force (the weights the engine uses instead of the RFP's). */
    default List<SectionWeightOverride> sectionWeights(OpenWorkspace workspace) throws Exception {
        return List.of();
    }

    /** The assumption overrides in force. */
    default List<AssumptionOverride> assumptionOverrides(OpenWorkspace workspace) throws Exception {
        return List.of();
    }

    /** Replaces the stored RFP with an edited copy (one audited transaction; refused edits change nothing). */
    default void replaceRfp(OpenWorkspace workspace, Rfp edited, String reason) throws Exception {
        throw new UnsupportedOperationException("editing the RFP is not available here");
    }

    default void putAssumptionOverride(OpenWorkspace workspace, AssumptionOverride override) throws Exception {
        throw new UnsupportedOperationException("editing assumptions is not available here");
    }

    /** Reads an RFP workbook and stores it (refused like {@code vendorbench import --rfp}). */
    default void importRfp(OpenWorkspace workspace, Path file) throws Exception {
        throw new UnsupportedOperationException("importing an RFP is not available here");
    }
}

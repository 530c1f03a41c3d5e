package org.vendorbench.ui.rfp;

import java.util.List;
import java.util.Optional;
import org.vendorbench.domain.Rfp;
import org.vendorbench.store.SectionWeightOverride;
import org.vendorbench.ui.workspace.OpenWorkspace;

/**
 * The RFP operations the RFP area needs on an open workspace, as blocking calls made inside
 * background jobs only. The app implements it over {@code store.Workspace}.
 */
public interface RfpStore {

    Optional<Rfp> loadRfp(OpenWorkspace workspace) throws Exception;

    void putSectionWeights(OpenWorkspace workspace, List<SectionWeightOverride> overrides) throws Exception;
}

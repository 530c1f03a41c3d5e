package org.vendorbench.app;

import java.util.List;
import java.util.Optional;
import org.vendorbench.domain.Rfp;
import org.vendorbench.store.SectionWeightOverride;
import org.vendorbench.store.Workspace;
import org.vendorbench.ui.rfp.RfpStore;
import org.vendorbench.ui.workspace.OpenWorkspace;

/** {@link RfpStore} over the {@code store.Workspace} behind a {@link StoreWorkspaceService} handle. */
final class StoreRfpStore implements RfpStore {

    @Override
    public Optional<Rfp> loadRfp(OpenWorkspace workspace) {
        return StoreWorkspaceService.storeOf(workspace).loadRfp();
    }

    @Override
    public void putSectionWeights(OpenWorkspace workspace, List<SectionWeightOverride> overrides) {
        Workspace ws = StoreWorkspaceService.storeOf(workspace);
        overrides.forEach(ws::putSectionWeight);
    }
}

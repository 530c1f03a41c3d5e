package org.vendorbench.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.vendorbench.domain.Rfp;
import org.vendorbench.service.ImportService;
import org.vendorbench.service.PasswordSource;
import org.vendorbench.store.AssumptionOverride;
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

    @Override
    public List<SectionWeightOverride> sectionWeights(OpenWorkspace workspace) {
        return StoreWorkspaceService.storeOf(workspace).sectionWeights();
    }

    @Override
    public List<AssumptionOverride> assumptionOverrides(OpenWorkspace workspace) {
        return StoreWorkspaceService.storeOf(workspace).assumptionOverrides();
    }

    @Override
    public void replaceRfp(OpenWorkspace workspace, Rfp edited, String reason) {
        StoreWorkspaceService.storeOf(workspace).replaceRfp(edited, reason);
    }

    @Override
    public void putAssumptionOverride(OpenWorkspace workspace, AssumptionOverride override) {
        StoreWorkspaceService.storeOf(workspace).putAssumptionOverride(override);
    }

    @Override
    public void importRfp(OpenWorkspace workspace, Path file) throws Exception {
        ImportService.importFiles(StoreWorkspaceService.storeOf(workspace), file, List.of(), PasswordSource.fixed(null),
                null, null);
    }
}

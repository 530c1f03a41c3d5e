package org.vendorbench.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The file choosers the workbench needs, behind an interface because native choosers cannot be
 * driven in headless tests: tests pass an implementation that answers with temporary paths.
 * An empty result means the user cancelled.
 */
public interface FileDialogs {

    /** Where to create a new workspace. */
    Optional<Path> chooseNewWorkspace(String suggestedName);

    /** Which existing workspace to open. */
    Optional<Path> chooseWorkspaceToOpen();

    /** Where to write a copy of the open workspace. */
    Optional<Path> chooseCopyTarget(Path current, String suggestedName);

    /** Workbooks to import (.xlsx/.xlsm/.xls, several at once); empty when cancelled. */
    java.util.List<Path> chooseWorkbooksToImport();

    /** Where to save a CSV report; empty when cancelled. */
    Optional<Path> chooseCsvTarget(String suggestedName);

    /** Where to save the decision memo (PDF); empty when cancelled. */
    Optional<Path> choosePdfTarget(String suggestedName);

    /** Evidence files to attach to a checklist item (any type, several at once); empty when cancelled. */
    default java.util.List<Path> chooseEvidenceFiles() {
        return java.util.List.of();
    }
}

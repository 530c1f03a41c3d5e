package org.vendorbench.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link FileDialogs} with the platform's native choosers; remembers the last folder for this run. */
public final class FxFileDialogs implements FileDialogs {
    private static final FileChooser.ExtensionFilter WORKSPACES =
            new FileChooser.ExtensionFilter("Vendorbench workspace (*" + MainViewModel.EXTENSION + ")", "*" + MainViewModel.EXTENSION);

    private final Supplier<Window> owner;
    private final Supplier<Path> defaultFolder;
    private Path lastFolder;

    /** @param defaultFolder the folder offered before the user picked one (e.g. the user data folder) */
    public FxFileDialogs(Supplier<Window> owner, Supplier<Path> defaultFolder) {
        this.owner = Objects.requireNonNull(owner);
        this.defaultFolder = Objects.requireNonNull(defaultFolder);
    }

    @Override
    public Optional<Path> chooseNewWorkspace(String suggestedName) {
        FileChooser chooser = chooser("New workspace", lastFolder);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseWorkspaceToOpen() {
        FileChooser chooser = chooser("Open workspace", lastFolder);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        return remember(chooser.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseCopyTarget(Path current, String suggestedName) {
        FileChooser chooser = chooser("Save a copy of the workspace", current.getParent());
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public java.util.List<Path> chooseWorkbooksToImport() {
        FileChooser chooser = chooser("Import workbooks", lastFolder);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("Excel workbooks", "*.xlsx", "*.xlsm", "*.xls"));
        java.util.List<File> chosen = chooser.showOpenMultipleDialog(owner.get());
        if (chosen == null || chosen.isEmpty()) {
            return java.util.List.of();
        }
        chosen.forEach(this::remember);
        return chosen.stream().map(f -> f.toPath().toAbsolutePath()).toList();
    }

    @Override
    public java.util.List<Path> chooseEvidenceFiles() {
        FileChooser chooser = chooser("Attach evidence", lastFolder);
        java.util.List<File> chosen = chooser.showOpenMultipleDialog(owner.get());
        if (chosen == null || chosen.isEmpty()) {
            return java.util.List.of();
        }
        chosen.forEach(this::remember);
        return chosen.stream().map(f -> f.toPath().toAbsolutePath()).toList();
    }

    @Override
    public Optional<Path> chooseCsvTarget(String suggestedName) {
        FileChooser chooser = chooser("Export CSV", lastFolder);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public Optional<Path> choosePdfTarget(String suggestedName) {
        FileChooser chooser = chooser("Export the decision memo", lastFolder);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("PDF (*.pdf)", "*.pdf"));
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    private FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(WORKSPACES);
        Path start = folder != null ? folder : defaultFolder.get();
        if (start != null) {
            // FileChooser refuses a folder that does not exist; the chooser checks it natively anyway
            File dir = start.toFile();
            if (dir.isDirectory()) {
                chooser.setInitialDirectory(dir);
            }
        }
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        Path p = chosen.toPath().toAbsolutePath();
        lastFolder = p.getParent();
        return Optional.of(p);
    }
}

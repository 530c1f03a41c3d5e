package org.vendorbench.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * File choosers for tests: each call takes the next queued answer (empty queue = user cancelled).
 * Public so the GUI tests in other packages can put it into an {@code AppContext}.
 */
public final class ScriptedFileDialogs implements FileDialogs {
    private final Deque<Path> answers = new ArrayDeque<>();
    private int asked;

    public synchronized ScriptedFileDialogs answer(Path path) {
        answers.add(path);
        return this;
    }

    public synchronized int timesAsked() {
        return asked;
    }

    private synchronized Optional<Path> next() {
        asked++;
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> chooseNewWorkspace(String suggestedName) {
        return next();
    }

    @Override
    public Optional<Path> chooseWorkspaceToOpen() {
        return next();
    }

    @Override
    public Optional<Path> chooseCopyTarget(Path current, String suggestedName) {
        return next();
    }

    /** Takes every queued answer (a multi-select). */
    @Override
    public synchronized java.util.List<Path> chooseWorkbooksToImport() {
        asked++;
        java.util.List<Path> all = new java.util.ArrayList<>(answers);
        answers.clear();
        return all;
    }

    @Override
    public Optional<Path> chooseCsvTarget(String suggestedName) {
        return next();
    }

    @Override
    public Optional<Path> choosePdfTarget(String suggestedName) {
        return next();
    }

    /** Takes every queued answer (a multi-select). */
    @Override
    public synchronized java.util.List<Path> chooseEvidenceFiles() {
        return chooseWorkbooksToImport();
    }
}

package org.vendorbench.ui;

import java.util.ArrayList;
import java.util.List;

/** Records what the view-model would show; answers confirmations with a preset choice. */
final class RecordingDialogs implements DialogService {
    final List<String> errors = new ArrayList<>();
    final List<String> confirmations = new ArrayList<>();
    final List<String> infos = new ArrayList<>();
    boolean acceptConfirmations = true;

    @Override
    public void showError(String title, String header, String reason) {
        errors.add(title + " | " + header + " | " + reason);
    }

    @Override
    public boolean confirm(String title, String header, String question, String acceptLabel) {
        confirmations.add(title + " | " + header + " | " + question + " | " + acceptLabel);
        return acceptConfirmations;
    }

    @Override
    public void showInfo(String title, String header, String text) {
        infos.add(title + " | " + header + " | " + text);
    }
}

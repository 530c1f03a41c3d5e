package org.vendorbench.ui;

import java.util.Optional;

/**
 * Modal messages the view-models show the user, as an interface so view-model tests can record
 * them instead of opening windows.
 */
public interface DialogService {

    /** An error with its specific reason; {@code header} names what failed (usually the file). */
    void showError(String title, String header, String reason);

    /** A yes/no question; true when the user accepted {@code acceptLabel}. */
    boolean confirm(String title, String header, String question, String acceptLabel);

    /** Information such as the About box. */
    void showInfo(String title, String header, String text);

    /**
     * Asks for the password of an encrypted workbook; empty when the user cancels. {@code problem}
     * is null the first time and says what went wrong when asking again (a wrong password). The
     * default asks nothing (as if cancelled), for services that cannot prompt.
     */
    default Optional<String> askPassword(String title, String file, String problem) {
        return Optional.empty();
    }
}

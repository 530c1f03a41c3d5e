package org.vendorbench.ui;

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
}

package org.vendorbench.ui;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Feather icons at the sizes the shell uses, so menus, toolbar and navigation look alike. */
final class Icons {
    private Icons() {}

    static FontIcon menu(Feather icon) {
        FontIcon i = new FontIcon(icon);
        i.setIconSize(14);
        return i;
    }

    static FontIcon toolbar(Feather icon) {
        FontIcon i = new FontIcon(icon);
        i.setIconSize(18);
        return i;
    }
}

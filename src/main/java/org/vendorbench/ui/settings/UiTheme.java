package org.vendorbench.ui.settings;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;

/** The two AtlantaFX themes the View menu offers; the choice is remembered in the settings. */
public enum UiTheme {
    LIGHT("Light", new PrimerLight()),
    DARK("Dark", new PrimerDark());

    private final String label;
    private final Theme theme;

    UiTheme(String label, Theme theme) {
        this.label = label;
        this.theme = theme;
    }

    public String label() {
        return label;
    }

    /** The user-agent stylesheet to pass to {@code Application.setUserAgentStylesheet}. */
    public String stylesheet() {
        return theme.getUserAgentStylesheet();
    }
}

package org.vendorbench.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** Placeholder until the GUI shell lands (replaced by the GUI work). */
public final class VendorbenchApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Vendorbench");
        stage.show();
    }
}

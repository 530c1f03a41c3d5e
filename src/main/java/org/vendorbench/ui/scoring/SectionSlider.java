package org.vendorbench.ui.scoring;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * One section's weight slider in the ranking panel: its share of 100 % (bound to the slider) and the
 * sensitivity threshold, the share at which another vendor would rank first (null when the leader stays
 * first across 0-100 %), drawn as a marker on the slider.
 */
public final class SectionSlider {
    private final String sectionId;
    private final String name;
    private final DoubleProperty percent = new SimpleDoubleProperty();
    private final ReadOnlyObjectWrapper<Double> threshold = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper thresholdText = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.BooleanProperty changing = new javafx.beans.property.SimpleBooleanProperty();

    SectionSlider(String sectionId, String name, double percent) {
        this.sectionId = sectionId;
        this.name = name;
        this.percent.set(percent);
    }

    public String sectionId() {
        return sectionId;
    }

    public String name() {
        return name;
    }

    /** The section's share of the section weights, 0..100. */
    public DoubleProperty percentProperty() {
        return percent;
    }

    /**
     * True while the user drags the slider (bound to {@code Slider.valueChangingProperty}): the ranking
     * follows every step, the thresholds are recomputed when the drag ends.
     */
    public javafx.beans.property.BooleanProperty changingProperty() {
        return changing;
    }

    /** The share (0..100) at which the first place changes, or null when it never does. */
    public ReadOnlyObjectProperty<Double> thresholdProperty() {
        return threshold.getReadOnlyProperty();
    }

    /** e.g. "at 31.40 % (now 25.00 %) Premier Patient Access overtakes CareLine Partners". */
    public ReadOnlyStringProperty thresholdTextProperty() {
        return thresholdText.getReadOnlyProperty();
    }

    void showThreshold(Double percentOrNull, String text) {
        threshold.set(percentOrNull);
        thresholdText.set(text);
    }
}

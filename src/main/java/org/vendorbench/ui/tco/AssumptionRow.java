package org.vendorbench.ui.tco;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.vendorbench.domain.tco.TcoKey;

/**
 * One line of the TCO area's assumptions table: the key, the RFP's value and Low/High range, the
 * value in force for this session ({@link #valueProperty()}, bound to the slider and the value
 * field) and where it comes from. The slider spans the range with room on both sides, and grows
 * when a typed value falls outside it.
 */
public final class AssumptionRow {
    private final TcoKey key;
    private final double rfpValue;
    private final Double low;
    private final Double high;
    private final DoubleProperty value = new SimpleDoubleProperty(this, "value");
    private final ReadOnlyDoubleWrapper sliderMin = new ReadOnlyDoubleWrapper(this, "sliderMin");
    private final ReadOnlyDoubleWrapper sliderMax = new ReadOnlyDoubleWrapper(this, "sliderMax");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", "");
    private final ReadOnlyBooleanWrapper overridden = new ReadOnlyBooleanWrapper(this, "overridden");

    AssumptionRow(TcoKey key, double rfpValue, Double low, Double high, double current) {
        this.key = key;
        this.rfpValue = rfpValue;
        this.low = low;
        this.high = high;
        value.set(current);
        double[] span = sliderSpan(key, rfpValue, low, high, current);
        sliderMin.set(span[0]);
        sliderMax.set(span[1]);
    }

    /**
     * [min, max] of the slider: the range (or the value) widened by half its width, at least by the
     * value's size (or 1), never below 0 for keys that cannot be negative, never at or below −100 %
     * for growth and discount rate; always containing {@code current}.
     */
    static double[] sliderSpan(TcoKey key, double rfpValue, Double low, Double high, double current) {
        double base = Double.isFinite(rfpValue) ? rfpValue : current;
        double lo = Math.min(low != null ? low : base, current);
        double hi = Math.max(high != null ? high : base, current);
        double pad = Math.max(Math.max((hi - lo) / 2, Math.abs(base) / 2), 1);
        boolean signed = key == TcoKey.ANNUAL_VOLUME_GROWTH || key == TcoKey.DISCOUNT_RATE;
        double min = signed ? Math.max(lo - pad, -99) : Math.max(lo - pad, 0);
        return new double[] {Math.min(min, current), hi + pad};
    }

    void widenTo(double v) {
        if (v < sliderMin.get()) sliderMin.set(v);
        if (v > sliderMax.get()) sliderMax.set(v);
    }

    void setSource(String text, boolean isOverride) {
        source.set(text);
        overridden.set(isOverride);
    }

    public TcoKey key() { return key; }
    public String label() { return key.label(); }
    /** The RFP's value, or the §5 default when the RFP does not give the key (NaN: required and missing). */
    public double rfpValue() { return rfpValue; }
    /** The RFP's Low, or null without a range. */
    public Double low() { return low; }
    /** The RFP's High, or null without a range. */
    public Double high() { return high; }
    /** The value in force; set it (slider, field) to recompute the TCO. */
    public DoubleProperty valueProperty() { return value; }
    public ReadOnlyDoubleProperty sliderMinProperty() { return sliderMin.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty sliderMaxProperty() { return sliderMax.getReadOnlyProperty(); }
    /** "RFP", "default", "saved override", "changed (not saved)". */
    public ReadOnlyStringProperty sourceProperty() { return source.getReadOnlyProperty(); }
    /** Whether the value is an override (saved or not): it is then fixed and its range is not drawn. */
    public ReadOnlyBooleanProperty overriddenProperty() { return overridden.getReadOnlyProperty(); }
}

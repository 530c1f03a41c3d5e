package org.vendorbench.memo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a {@link ChartSpec} with JFreeChart onto JFreeSVG, giving vector SVG text that iText places
 * without rasterising. Colours are a colour-blind-safe palette (Okabe-Ito).
 */
public final class SvgCharts {
    static final Color[] PALETTE = {
        new Color(0x00, 0x72, 0xB2), new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x9E, 0x73),
        new Color(0xCC, 0x79, 0xA7), new Color(0x56, 0xB4, 0xE9), new Color(0xD5, 0x5E, 0x00),
        new Color(0xF0, 0xE4, 0x42), new Color(0x33, 0x33, 0x33)
    };

    static {
        // JFreeChart draws rotated and wrapped labels through java.awt.font.TextLayout by default (a
        // workaround for old JDK rendering bugs), which JFreeSVG can only write as glyph outlines: 25 KB
        // of path data per vendor name, 0.6 MB for one 20-vendor chart, and most of the time iText
        // spent converting charts. Plain drawString gives SVG text in the memo's embedded font instead.
        // JFreeChart is used for nothing else in the application, so the global switch is safe.
        org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private SvgCharts() {}

    /** Renders the chart to an SVG document of the given size in points. */
    public static String toSvg(ChartSpec spec, int width, int height) {
        JFreeChart chart = build(spec);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        // Deterministic output: JFreeSVG names clip paths and gradients with a counter per graphics object.
        chart.draw(g2, new Rectangle(0, 0, width, height));
        return g2.getSVGDocument();
    }

    static JFreeChart build(ChartSpec spec) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> cats = spec.categories();
        if (spec.kind() == ChartSpec.Kind.BAND) return band(spec, data);
        for (ChartSpec.Series s : spec.series()) {
            for (int i = 0; i < cats.size(); i++) {
                double v = s.values()[i];
                data.addValue(Double.isNaN(v) ? null : v, s.name(), cats.get(i));
            }
        }
        boolean legend = spec.series().size() > 1;
        JFreeChart chart = switch (spec.kind()) {
            case BAR -> ChartFactory.createBarChart(spec.title(), spec.categoryAxis(), spec.valueAxis(), data,
                    PlotOrientation.VERTICAL, legend, false, false);
            case HORIZONTAL_BAR -> ChartFactory.createBarChart(spec.title(), spec.categoryAxis(), spec.valueAxis(), data,
                    PlotOrientation.HORIZONTAL, legend, false, false);
            case STACKED_BAR -> ChartFactory.createStackedBarChart(spec.title(), spec.categoryAxis(), spec.valueAxis(), data,
                    PlotOrientation.VERTICAL, legend, false, false);
            case LINE -> ChartFactory.createLineChart(spec.title(), spec.categoryAxis(), spec.valueAxis(), data,
                    PlotOrientation.VERTICAL, legend, false, false);
            case BAND -> throw new IllegalStateException("handled above");
        };
        style(chart, spec);
        return chart;
    }

    /** Stacked horizontal bars: an invisible base up to the low value, then low-middle and middle-high. */
    private static JFreeChart band(ChartSpec spec, DefaultCategoryDataset data) {
        double[] lo = spec.series().get(0).values(), mid = spec.series().get(1).values(), hi = spec.series().get(2).values();
        String lower = spec.series().get(0).name() + " to " + spec.series().get(1).name();
        String upper = spec.series().get(1).name() + " to " + spec.series().get(2).name();
        for (int i = 0; i < spec.categories().size(); i++) {
            String c = spec.categories().get(i);
            boolean ok = !Double.isNaN(lo[i]) && !Double.isNaN(mid[i]) && !Double.isNaN(hi[i]);
            data.addValue(ok ? lo[i] : null, "base", c);
            data.addValue(ok ? mid[i] - lo[i] : null, lower, c);
            data.addValue(ok ? hi[i] - mid[i] : null, upper, c);
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(spec.title(), spec.categoryAxis(), spec.valueAxis(), data,
                PlotOrientation.HORIZONTAL, true, false, false);
        style(chart, spec);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRenderer().setSeriesPaint(0, new Color(0, 0, 0, 0));
        plot.getRenderer().setSeriesVisibleInLegend(0, false);
        plot.getRenderer().setSeriesPaint(1, PALETTE[4]);
        plot.getRenderer().setSeriesPaint(2, PALETTE[0]);
        // start the axis near the lowest P10 so the bands are readable
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < lo.length; i++) {
            if (!Double.isNaN(lo[i])) min = Math.min(min, lo[i]);
            if (!Double.isNaN(hi[i])) max = Math.max(max, hi[i]);
        }
        if (min < max) {
            double pad = (max - min) * 0.08;
            plot.getRangeAxis().setRange(Math.max(0, min - pad), max + pad);
        }
        return chart;
    }

    private static void style(JFreeChart chart, ChartSpec spec) {
        Font base = new Font(Font.SANS_SERIF, Font.PLAIN, 9);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        if (chart.getTitle() != null) chart.getTitle().setFont(base.deriveFont(Font.BOLD, 11f));
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(base);
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setOutlineVisible(false);
        CategoryAxis domain = plot.getDomainAxis();
        domain.setTickLabelFont(base);
        domain.setLabelFont(base);
        if (spec.categories().size() > 8 && spec.kind() != ChartSpec.Kind.HORIZONTAL_BAR) {
            domain.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        plot.getRangeAxis().setTickLabelFont(base);
        plot.getRangeAxis().setLabelFont(base);
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setDrawBarOutline(false);
            bars.setMaximumBarWidth(0.12);
        }
        if (plot.getRenderer() instanceof LineAndShapeRenderer lines) {
            lines.setDefaultShapesVisible(false);
        }
        for (int i = 0; i < spec.series().size(); i++) {
            plot.getRenderer().setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            plot.getRenderer().setSeriesStroke(i, new BasicStroke(1.6f));
        }
    }
}

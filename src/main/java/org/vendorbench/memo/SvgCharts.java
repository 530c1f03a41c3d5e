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
        };
        style(chart, spec);
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

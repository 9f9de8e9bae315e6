package nnfs.server.pictures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import nnfs.Classifier;
import nnfs.data.Dataset;
import nnfs.grid.DecisionGrid;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import java.awt.geom.Rectangle2D;

/**
 * The article's {@code plot_decision_boundary} with JFreeChart: the model's regions filled with Spectral colours
 * over the data's range widened by 0.5, the points on top in their class colours, axes and a title.
 */
final class BoundaryChart {
    private BoundaryChart() {}

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);

    /** A chart of the model (null: the points alone) over the points. */
    static JFreeChart chart(Classifier model, Dataset points, Dataset test, String title, int regionCells, boolean shading) {
        DecisionGrid.Bounds b = DecisionGrid.Bounds.around(test == null ? points : points.plus(test), nnfs.Limits.PLOT_MARGIN);
        XYPlot plot = new XYPlot();
        NumberAxis x = new NumberAxis(), y = new NumberAxis();
        x.setRange(b.xMin, b.xMax);
        y.setRange(b.yMin, b.yMax);
        x.setAutoRangeIncludesZero(false);
        y.setAutoRangeIncludesZero(false);
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.DARK_GRAY);
        int classes = Math.max(points.classes, model == null ? 2 : model.classes());
        RegionsLayer regions = null;
        if (model != null) {
            int[] cells = DecisionGrid.resolution(b, regionCells, model); // bounded before anything is allocated
            int gw = cells[0], gh = cells[1];
            DecisionGrid g = DecisionGrid.pixels(model, b, gw, gh);
            regions = new RegionsLayer(AwtColours.regions(g.probabilities, gw * gh, g.classes, shading), gw, gh,
                    b.xMin, b.yMin, b.xMax, b.yMax);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        if (regions != null) r.addAnnotation(regions, Layer.BACKGROUND); // under the points
        int series = 0;
        series = addPoints(points, classes, data, r, series, false);
        if (test != null) addPoints(test, classes, data, r, series, true);
        plot.setDataset(data);
        plot.setRenderer(r);
        JFreeChart chart = new JFreeChart(title, TITLE, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    private static int addPoints(Dataset d, int classes, XYSeriesCollection data, XYLineAndShapeRenderer r, int series, boolean test) {
        for (int k = 0; k < classes; k++) {
            XYSeries s = new XYSeries((test ? "test " : "") + "class " + k, false, true);
            for (int i = 0; i < d.n; i++) if (d.y[i] == k) s.add(d.get(i, 0), d.get(i, 1));
            data.addSeries(s);
            r.setSeriesShape(series, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
            r.setSeriesPaint(series, test ? Color.WHITE : AwtColours.ofClass(k, classes));
            r.setSeriesFillPaint(series, test ? Color.WHITE : AwtColours.ofClass(k, classes));
            r.setSeriesOutlinePaint(series, test ? AwtColours.ofClass(k, classes) : Color.BLACK);
            r.setSeriesOutlineStroke(series, new BasicStroke(test ? 2f : 0.8f));
            series++;
        }
        r.setUseFillPaint(true);
        r.setUseOutlinePaint(true);
        r.setDrawOutlines(true);
        return series;
    }

    static BufferedImage draw(JFreeChart chart, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return img;
    }
}

package nnfs.server.pictures;

import java.awt.BasicStroke;
import java.awt.Color;
import nnfs.nn.LossCurve;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The loss curve of a model: training loss, and test loss when there is test data. */
final class LossCurveChart {
    private LossCurveChart() {}

    static JFreeChart chart(LossCurve curve, String title) {
        XYSeries train = new XYSeries("training loss", false, true);
        XYSeries test = new XYSeries("test loss", false, true);
        for (int i = 0; i < curve.size(); i++) {
            // at the number of updates done, as the page's panel and chart count (the curve's passes are 0-based)
            train.add(curve.pass(i) + 1, curve.loss(i));
            if (!Double.isNaN(curve.testLoss(i))) test.add(curve.pass(i) + 1, curve.testLoss(i));
        }
        XYSeriesCollection data = new XYSeriesCollection(train);
        if (test.getItemCount() > 0) data.addSeries(test);
        NumberAxis x = new NumberAxis("pass");
        NumberAxis y = new NumberAxis("loss");
        y.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, curve.size() <= 40);
        r.setSeriesPaint(0, AwtColours.ofClass(1, 2));
        r.setSeriesPaint(1, AwtColours.ofClass(0, 2));
        r.setSeriesStroke(0, new BasicStroke(2f));
        r.setSeriesStroke(1, new BasicStroke(2f));
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(title, BoundaryChart.TITLE, plot, data.getSeriesCount() > 1);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}

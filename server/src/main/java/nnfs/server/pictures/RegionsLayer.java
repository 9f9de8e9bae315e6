package nnfs.server.pictures;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A model's regions under a chart's points: a grid of opaque RGB colours, sampled at cell centres over a data
 * rectangle, scaled smoothly (bilinearly) to the pixels the rectangle covers and drawn one pixel for one pixel.
 * Java2D's own bilinear scaling of the same image took a fifth of a picture's time; this takes less (docs/speed.md).
 * Plots are upright (y up, the plot's default orientation), as every chart of ours is.
 */
public final class RegionsLayer extends AbstractXYAnnotation {
    private final int[] rgb;
    private final int cols, rows;
    private final double xMin, yMin, xMax, yMax;

    /** rgb: cols x rows colours, row 0 at the top (yMax), as DecisionGrid.pixels samples them. */
    public RegionsLayer(int[] rgb, int cols, int rows, double xMin, double yMin, double xMax, double yMax) {
        if (cols < 1 || rows < 1 || rgb.length != cols * rows) {
            throw new IllegalArgumentException("regions: " + rgb.length + " colours for " + cols + " x " + rows + " cells");
        }
        this.rgb = rgb;
        this.cols = cols;
        this.rows = rows;
        this.xMin = xMin;
        this.yMin = yMin;
        this.xMax = xMax;
        this.yMax = yMax;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        RectangleEdge xEdge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
        RectangleEdge yEdge = Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), plot.getOrientation());
        int left = (int) Math.round(domainAxis.valueToJava2D(xMin, dataArea, xEdge));
        int right = (int) Math.round(domainAxis.valueToJava2D(xMax, dataArea, xEdge));
        int top = (int) Math.round(rangeAxis.valueToJava2D(yMax, dataArea, yEdge));
        int bottom = (int) Math.round(rangeAxis.valueToJava2D(yMin, dataArea, yEdge));
        if (right <= left || bottom <= top) return; // nothing of the rectangle is on the chart
        g2.drawImage(scaled(right - left, bottom - top), left, top, null);
    }

    /** The colours scaled to width x height pixels, each pixel from the four cells around its centre. */
    public BufferedImage scaled(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] out = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        // where each output column and row falls between cell centres: the lower cell and the weight (of 256) of
        // the upper one
        int[] x0 = new int[width], wx = new int[width], y0 = new int[height], wy = new int[height];
        between(cols, width, x0, wx);
        between(rows, height, y0, wy);
        // each cell row blended across first (rows x width, a channel at a time), then each output row from two of
        // those
        int[] across = new int[rows * width * 3];
        for (int r = 0; r < rows; r++) {
            for (int px = 0, o = r * width * 3; px < width; px++, o += 3) {
                int a = rgb[r * cols + x0[px]], b = rgb[r * cols + Math.min(cols - 1, x0[px] + 1)];
                for (int c = 0, shift = 16; c < 3; c++, shift -= 8) {
                    across[o + c] = mix(a >> shift & 255, b >> shift & 255, wx[px]); // 8.8 fixed point
                }
            }
        }
        for (int py = 0; py < height; py++) {
            int upper = y0[py] * width * 3, lower = Math.min(rows - 1, y0[py] + 1) * width * 3;
            for (int px = 0, k = 0; px < width; px++) {
                int pixel = 0;
                for (int c = 0; c < 3; c++, k++) { // 16 fraction bits, rounded to the nearest level
                    pixel = pixel << 8 | (mix(across[upper + k], across[lower + k], wy[py]) + (1 << 15)) >> 16;
                }
                out[py * width + px] = pixel;
            }
        }
        return img;
    }

    /** a + (b - a) w / 256, times 256: a blend by an 8-bit weight that keeps its 8 fraction bits. */
    private static int mix(int a, int b, int w) {
        return (a << 8) + w * (b - a);
    }

    /**
     * For n cells over `pixels` pixels: the cell whose centre is at or before each pixel's centre, and how far (of
     * 256) the pixel's centre is towards the next cell's. Before the first centre and after the last, the edge
     * cell's colour.
     */
    private static void between(int n, int pixels, int[] cell, int[] weight) {
        for (int p = 0; p < pixels; p++) {
            double s = (p + 0.5) * n / pixels - 0.5; // the pixel's centre, in cells
            if (s <= 0) {
                cell[p] = 0;
                weight[p] = 0;
            } else if (s >= n - 1) {
                cell[p] = n - 1;
                weight[p] = 0;
            } else {
                cell[p] = (int) s;
                weight[p] = (int) Math.round((s - cell[p]) * 256);
            }
        }
    }
}

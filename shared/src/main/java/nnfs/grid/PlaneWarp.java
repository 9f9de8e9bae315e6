package nnfs.grid;

import nnfs.data.Dataset;
import nnfs.nn.LayerOutputs;
import nnfs.nn.Network;
import java.util.Arrays;
import nnfs.text.Msg;
import nnfs.text.Problem;

/**
 * How a hidden layer bends the plane: a grid of lines over the plot and the data points, carried into that
 * layer's activation space. With 1, 2 or 3 units the activations are the coordinates; with more, they are
 * projected on their first two principal components (of the data points' activations), and the share of the
 * variance each component explains is given, so a view can say what it shows.
 */
public final class PlaneWarp {
    /** The hidden layer, 1-based as the article numbers a1, a2, ... */
    public final int layer;
    public final int units;
    /** Coordinates per point: the units (1 to 3), or 2 principal components. */
    public final int dims;
    public final boolean projected;
    public final int linesPerAxis;
    public final int samples;
    /**
     * The grid lines, linesPerAxis lines of constant x (left to right) then linesPerAxis of constant y (top to
     * bottom), each {@code samples} points along it: lines[((line * samples) + s) * dims + d].
     */
    public final double[] lines;
    /** The data points in the same space: points[i * dims + d]. */
    public final double[] points;
    /** With a projection: the share of the variance of the data's activations each component explains. */
    public final double[] explained;
    /**
     * Where the output layer weighs two classes equally (z2[0] = z2[1]), inside the box the lines and points span:
     * its vertices, {@code dims} coordinates each: 1 (a threshold on the line), 2 (a segment's ends) or 3 to 6 (the
     * corners of a plane's cut through the box, in order around it). Empty when the output is not a straight
     * function of this layer (not the last hidden layer), with other than two classes, for a projection (the
     * boundary is not a line in the two components), or when it lies outside the box.
     */
    public final double[] separator;

    private PlaneWarp(int layer, int units, int dims, boolean projected, int linesPerAxis, int samples, double[] lines,
                      double[] points, double[] explained, double[] separator) {
        this.layer = layer;
        this.units = units;
        this.dims = dims;
        this.projected = projected;
        this.linesPerAxis = linesPerAxis;
        this.samples = samples;
        this.lines = lines;
        this.points = points;
        this.explained = explained;
        this.separator = separator;
    }

    /** At most this many data points shape the projection: enough for its directions, cheap enough to redo live. */
    static final int PCA_POINTS = 500;
    static final int POWER_ITERATIONS = 60;

    /**
     * Hidden layer {@code layer} (1-based) of {@code net} applied to a {@code linesPerAxis} x {@code linesPerAxis}
     * grid of lines over {@code b}, each sampled at {@code samples} points, and to the data.
     */
    public static PlaneWarp of(Network net, int layer, DecisionGrid.Bounds b, int linesPerAxis, int samples, Dataset data) {
        if (layer < 1 || layer > net.layers() - 1) {
            throw Problem.of(Msg.WARP_LAYER, net.layers() - 1, layer);
        }
        if (linesPerAxis < 2 || linesPerAxis > 100 || samples < 2 || samples > 400) {
            throw Problem.of(Msg.WARP_GRID, linesPerAxis, samples);
        }
        int lineCount = 2 * linesPerAxis, gridPoints = lineCount * samples;
        double[] x = new double[2 * gridPoints];
        for (int k = 0; k < linesPerAxis; k++) {
            double fixedX = b.xMin + k * (b.xMax - b.xMin) / (linesPerAxis - 1);
            double fixedY = b.yMax - k * (b.yMax - b.yMin) / (linesPerAxis - 1);
            for (int s = 0; s < samples; s++) {
                double t = (double) s / (samples - 1);
                int v = (k * samples + s) * 2, h = ((linesPerAxis + k) * samples + s) * 2;
                x[v] = fixedX;
                x[v + 1] = b.yMax - t * (b.yMax - b.yMin);
                x[h] = b.xMin + t * (b.xMax - b.xMin);
                x[h + 1] = fixedY;
            }
        }
        int units = net.sizes[layer];
        double[] gridA = LayerOutputs.of(net, x, gridPoints)[layer - 1];
        double[] dataA = LayerOutputs.of(net, data.x, data.n)[layer - 1];
        if (units <= 3) {
            return new PlaneWarp(layer, units, units, false, linesPerAxis, samples, gridA, dataA, new double[0],
                    separator(net, layer, gridA, dataA));
        }

        // principal components of the data's activations (an evenly spaced subset of at most PCA_POINTS rows)
        int n = Math.min(data.n, PCA_POINTS);
        double[] mean = new double[units];
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) rows[i] = (int) ((long) i * data.n / n);
        for (int r : rows) for (int j = 0; j < units; j++) mean[j] += dataA[r * units + j];
        for (int j = 0; j < units; j++) mean[j] /= n;
        double[] centred = new double[n * units];
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < units; j++) {
                double c = dataA[rows[i] * units + j] - mean[j];
                centred[i * units + j] = c;
                total += c * c;
            }
        }
        double[][] components = new double[2][];
        double[] explained = new double[2];
        for (int c = 0; c < 2; c++) {
            double[] v = powerIteration(centred, n, units, c == 0 ? null : components[0]);
            components[c] = v;
            double lambda = 0;
            for (int i = 0; i < n; i++) {
                double p = 0;
                for (int j = 0; j < units; j++) p += centred[i * units + j] * v[j];
                lambda += p * p;
            }
            explained[c] = total > 0 ? lambda / total : 0;
        }
        return new PlaneWarp(layer, units, 2, true, linesPerAxis, samples, project(gridA, gridPoints, units, mean, components),
                project(dataA, data.n, units, mean, components), explained, new double[0]);
    }

    /**
     * The output layer's boundary between its two classes in the activations of the last hidden layer, which it
     * weighs in a straight line: softmax prefers class 1 where (W[:,1] - W[:,0]) . a + (b[1] - b[0]) > 0. Cut to the
     * box that the grid lines and points span (see {@link #separator}).
     */
    static double[] separator(Network net, int layer, double[] lines, double[] points) {
        int d = net.sizes[layer];
        if (layer != net.layers() - 1 || net.classes() != 2 || d > 3) return new double[0];
        double[] w = new double[d];
        for (int j = 0; j < d; j++) w[j] = net.w[layer][j * 2 + 1] - net.w[layer][j * 2];
        double c = net.b[layer][1] - net.b[layer][0];
        double[] lo = new double[d], hi = new double[d];
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (double[] a : new double[][] {lines, points}) {
            for (int i = 0; i < a.length; i++) {
                lo[i % d] = Math.min(lo[i % d], a[i]);
                hi[i % d] = Math.max(hi[i % d], a[i]);
            }
        }
        // where the plane w.a + c = 0 crosses the box's edges: an edge runs along axis k from a corner
        double[] cut = new double[3 * 12 * d];
        int found = 0;
        for (int k = 0; k < d; k++) {
            for (int corner = 0; corner < (1 << d); corner++) {
                if ((corner >> k & 1) != 0) continue; // each edge once: from its low end along axis k
                double[] p = new double[d];
                double rest = c;
                for (int j = 0; j < d; j++) {
                    p[j] = (corner >> j & 1) != 0 ? hi[j] : lo[j];
                    if (j != k) rest += w[j] * p[j];
                }
                if (w[k] == 0) continue;
                double at = -rest / w[k];
                if (!(at >= lo[k] && at <= hi[k])) continue;
                p[k] = at;
                if (!seen(cut, found, p)) {
                    System.arraycopy(p, 0, cut, found * d, d);
                    found++;
                }
            }
        }
        if (found < (d == 1 ? 1 : d)) return new double[0]; // touches the box at a corner at most: nothing to draw
        double[] out = Arrays.copyOf(cut, found * d);
        if (d == 3) sortAround(out, found, w);
        if (d == 2 && found > 2) out = Arrays.copyOf(out, 4); // a segment through two corners: its two ends suffice
        return out;
    }

    private static boolean seen(double[] cut, int found, double[] p) {
        int d = p.length;
        for (int i = 0; i < found; i++) {
            boolean same = true;
            for (int j = 0; j < d; j++) same &= Math.abs(cut[i * d + j] - p[j]) <= 1e-12 * (1 + Math.abs(p[j]));
            if (same) return true;
        }
        return false;
    }

    /** Orders the plane's corners (3 coordinates each) around their centre, so that they draw a polygon. */
    private static void sortAround(double[] v, int n, double[] normal) {
        double[] m = new double[3];
        for (int i = 0; i < n; i++) for (int j = 0; j < 3; j++) m[j] += v[3 * i + j] / n;
        // two directions in the plane: u across the normal's smallest component, t = normal x u
        int small = 0;
        for (int j = 1; j < 3; j++) if (Math.abs(normal[j]) < Math.abs(normal[small])) small = j;
        double[] e = new double[3];
        e[small] = 1;
        double[] u = cross(normal, e), t = cross(normal, u);
        double[] angle = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            double a = 0, b = 0;
            for (int j = 0; j < 3; j++) {
                a += (v[3 * i + j] - m[j]) * u[j];
                b += (v[3 * i + j] - m[j]) * t[j];
            }
            angle[i] = Math.atan2(b, a);
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(angle[x], angle[y]));
        double[] copy = v.clone();
        for (int i = 0; i < n; i++) System.arraycopy(copy, 3 * order[i], v, 3 * i, 3);
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    /**
     * The leading eigenvector of C^T C (C: n x units, centred), orthogonal to {@code other} when given: power
     * iteration from a fixed start, so it is deterministic and the same on every platform; its sign is chosen so
     * that its largest component is positive, so that a view does not flip from one update to the next.
     */
    static double[] powerIteration(double[] c, int n, int units, double[] other) {
        double[] v = new double[units];
        for (int j = 0; j < units; j++) v[j] = 1.0 + 0.01 * j; // not orthogonal to any direction in practice
        double[] w = new double[units];
        for (int it = 0; it < POWER_ITERATIONS; it++) {
            if (other != null) removeComponent(v, other);
            normalise(v);
            Arrays.fill(w, 0.0);
            for (int i = 0; i < n; i++) {
                double p = 0;
                for (int j = 0; j < units; j++) p += c[i * units + j] * v[j];
                for (int j = 0; j < units; j++) w[j] += c[i * units + j] * p;
            }
            double[] t = v;
            v = w;
            w = t;
        }
        if (other != null) removeComponent(v, other);
        normalise(v);
        int largest = 0;
        for (int j = 1; j < units; j++) if (Math.abs(v[j]) > Math.abs(v[largest])) largest = j;
        if (v[largest] < 0) for (int j = 0; j < units; j++) v[j] = -v[j];
        return v;
    }

    private static void removeComponent(double[] v, double[] u) {
        double d = 0;
        for (int j = 0; j < v.length; j++) d += v[j] * u[j];
        for (int j = 0; j < v.length; j++) v[j] -= d * u[j];
    }

    private static void normalise(double[] v) {
        double s = 0;
        for (double x : v) s += x * x;
        double norm = Math.sqrt(s);
        if (norm == 0) {
            v[0] = 1; // a degenerate layer (all units constant): any unit direction will do
            return;
        }
        for (int j = 0; j < v.length; j++) v[j] /= norm;
    }

    private static double[] project(double[] a, int n, int units, double[] mean, double[][] components) {
        double[] out = new double[2 * n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 2; c++) {
                double s = 0;
                for (int j = 0; j < units; j++) s += (a[i * units + j] - mean[j]) * components[c][j];
                out[2 * i + c] = s;
            }
        }
        return out;
    }
}

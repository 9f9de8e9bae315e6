package nnfs.grid;

import nnfs.Classifier;
import nnfs.data.Dataset;
import nnfs.math.Numpy;
import nnfs.text.Msg;
import nnfs.text.Problem;

/**
 * A model's class and class probabilities on a rectangular grid of points: the article's
 * {@code plot_decision_boundary} evaluates the model on {@code meshgrid(arange(x_min, x_max, h), arange(y_min,
 * y_max, h))} with the data range widened by 0.5 and h = 0.01; images use one cell per pixel instead.
 */
public final class DecisionGrid {
    /** Beyond this many cells a picture gains nothing and memory suffers. */
    public static final long MAX_CELLS = 4_000_000;
    /** Cells classified per call: enough to pay for the call's buffers, few enough to stay in the cache. */
    static final int BLOCK_CELLS = 4096;

    public final double[] xs;
    public final double[] ys;
    public final int classes;
    /** Predicted class per cell, row j (y) major: cell (i, j) at j * xs.length + i. */
    public final int[] predicted;
    /** Class probabilities per cell, {@code classes} per cell in the same order. */
    public final double[] probabilities;

    private DecisionGrid(double[] xs, double[] ys, Classifier model) {
        if (model.inputs() != 2) throw Problem.of(Msg.GRID_INPUTS, model.inputs());
        if ((long) xs.length * ys.length > MAX_CELLS) {
            throw Problem.of(Msg.GRID_TOO_LARGE, xs.length, ys.length, MAX_CELLS);
        }
        this.xs = xs;
        this.ys = ys;
        this.classes = model.classes();
        int cells = xs.length * ys.length;
        predicted = new int[cells];
        probabilities = new double[cells * classes];
        // a block of rows at a time, a few thousand cells: the points of a whole grid would double its memory
        int w = xs.length, rowsPerBlock = Math.max(1, Math.min(ys.length, BLOCK_CELLS / w));
        double[] block = new double[2 * w * rowsPerBlock];
        double[] p = new double[w * rowsPerBlock * classes];
        int[] k = new int[w * rowsPerBlock];
        for (int j0 = 0; j0 < ys.length; j0 += rowsPerBlock) {
            int rows = Math.min(rowsPerBlock, ys.length - j0), n = rows * w;
            for (int r = 0; r < rows; r++) {
                for (int i = 0; i < w; i++) {
                    block[2 * (r * w + i)] = xs[i];
                    block[2 * (r * w + i) + 1] = ys[j0 + r];
                }
            }
            model.classify(block, n, p, k);
            System.arraycopy(p, 0, probabilities, j0 * w * classes, n * classes);
            System.arraycopy(k, 0, predicted, j0 * w, n);
        }
    }

    /** The article's grid: the data's range widened by {@code margin} on each side, cells {@code step} apart. */
    public static DecisionGrid around(Dataset data, Classifier model, double margin, double step) {
        double[] bx = data.range(0), by = data.range(1);
        checkStep(step);
        if (!(margin >= 0) || Double.isInfinite(margin)) throw Problem.of(Msg.GRID_MARGIN, margin);
        double cells = Math.ceil((bx[1] - bx[0] + 2 * margin) / step) * Math.ceil((by[1] - by[0] + 2 * margin) / step);
        if (!(cells <= MAX_CELLS)) {
            throw Problem.of(Msg.GRID_STEP_CELLS, step, cells, MAX_CELLS);
        }
        return new DecisionGrid(Numpy.arange(bx[0] - margin, bx[1] + margin, step),
                Numpy.arange(by[0] - margin, by[1] + margin, step), model);
    }

    /** {@code plot_decision_boundary}'s grid: margin 0.5, step 0.01. */
    public static DecisionGrid article(Dataset data, Classifier model) {
        return around(data, model, nnfs.Limits.PLOT_MARGIN, 0.01);
    }

    /** One cell per pixel of a {@code width} x {@code height} image of the given bounds, at the pixel centres (y up). */
    public static DecisionGrid pixels(Classifier model, Bounds b, int width, int height) {
        if (width < 1 || height < 1) throw Problem.of(Msg.IMAGE_SIZE, width, height);
        double[] xs = new double[width];
        double[] ys = new double[height];
        for (int i = 0; i < width; i++) xs[i] = b.pixelX(i, width);
        for (int j = 0; j < height; j++) ys[j] = b.pixelY(j, height);
        return new DecisionGrid(xs, ys, model);
    }

    private static void checkStep(double step) {
        if (!(step > 0) || Double.isInfinite(step)) throw Problem.of(Msg.GRID_STEP, step);
    }

    public int width() {
        return xs.length;
    }

    public int height() {
        return ys.length;
    }

    public int classAt(int i, int j) {
        return predicted[j * xs.length + i];
    }

    public double probabilityAt(int i, int j, int k) {
        return probabilities[(j * xs.length + i) * classes + k];
    }

    /**
     * What one picture's regions may cost: cells x parameters, in multiply-adds (about a second of one core). A
     * large network gets a coarser grid rather than a render that holds a core for minutes.
     */
    public static final long RENDER_BUDGET = 100_000_000L;
    /** The coarsest grid on the longer side, whatever the budget says: below it a boundary is not a picture. */
    static final int MIN_LONG_SIDE = 24;

    /**
     * The cells {width, height} of a picture of {@code model} over {@code b}: {@code longSide} cells on the longer
     * axis (fewer where cells x parameters would pass {@link #RENDER_BUDGET}), the shorter axis in proportion, at
     * least one cell. Computed before anything is allocated, for any shape of data, however extreme.
     */
    public static int[] resolution(Bounds b, int longSide, Classifier model) {
        if (longSide < 1) throw Problem.of(Msg.GRID_SIDE, longSide);
        long params = Math.max(1, model.parameterCount());
        int side = longSide;
        while (side > MIN_LONG_SIDE && (long) side * side > RENDER_BUDGET / params) side = Math.max(MIN_LONG_SIDE, side * 9 / 10);
        double w = b.xMax - b.xMin, h = b.yMax - b.yMin;
        int gw = w >= h ? side : (int) Math.max(1, Math.min(side, Math.round(side * (w / h))));
        int gh = h >= w ? side : (int) Math.max(1, Math.min(side, Math.round(side * (h / w))));
        return new int[] {gw, gh};
    }

    /** A rectangle of the plane. */
    public static final class Bounds {
        public final double xMin, xMax, yMin, yMax;

        public Bounds(double xMin, double xMax, double yMin, double yMax) {
            if (!(xMin < xMax && yMin < yMax) || !Double.isFinite(xMax - xMin) || !Double.isFinite(yMax - yMin)) {
                throw Problem.of(Msg.GRID_BOUNDS);
            }
            this.xMin = xMin;
            this.xMax = xMax;
            this.yMin = yMin;
            this.yMax = yMax;
        }

        /** The x of the centre of pixel column i of an image {@code width} pixels wide. */
        public double pixelX(int i, int width) {
            return xMin + (i + 0.5) * (xMax - xMin) / width;
        }

        /** The y of the centre of pixel row j (0 at the top) of an image {@code height} pixels high. */
        public double pixelY(int j, int height) {
            return yMax - (j + 0.5) * (yMax - yMin) / height;
        }

        /** The data's range widened by {@code margin}, as the article plots it. */
        public static Bounds around(Dataset d, double margin) {
            double[] bx = d.range(0), by = d.range(1);
            return new Bounds(bx[0] - margin, bx[1] + margin, by[0] - margin, by[1] + margin);
        }

        /** Whether every point of {@code d} lies inside (edges included). */
        public boolean contains(Dataset d) {
            double[] bx = d.range(0), by = d.range(1);
            return bx[0] >= xMin && bx[1] <= xMax && by[0] >= yMin && by[1] <= yMax;
        }
    }
}

package nnfs.data;

import java.util.Arrays;
import nnfs.text.Msg;
import nnfs.text.Problem;

/**
 * Points with class labels: {@code x} holds n rows of {@code dims} coordinates (row-major, like numpy's X),
 * {@code y} the label of each row, 0 to {@code classes - 1}.
 */
public final class Dataset {
    public final int n;
    public final int dims;
    public final int classes;
    public final double[] x;
    public final int[] y;

    public Dataset(int dims, int classes, double[] x, int[] y) {
        if (dims < 1) throw Problem.of(Msg.NO_COORDINATES);
        if (classes < 2) throw Problem.of(Msg.TOO_FEW_CLASSES, classes);
        if (x.length != y.length * dims) {
            throw Problem.of(Msg.X_SHAPE, x.length, y.length, dims);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw Problem.of(Msg.POINT_NOT_FINITE, i / dims, x[i]);
            }
        }
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] >= classes) {
                throw Problem.of(Msg.POINT_LABEL, i, y[i], classes - 1);
            }
        }
        this.n = y.length;
        this.dims = dims;
        this.classes = classes;
        this.x = x;
        this.y = y;
    }

    /** Two-dimensional points, the number of classes taken from the labels (at least 2). */
    public static Dataset of2d(double[] x, int[] y) {
        int max = 1;
        for (int label : y) max = Math.max(max, label);
        return new Dataset(2, max + 1, x, y);
    }

    public double get(int row, int col) {
        return x[row * dims + col];
    }

    /** The rows at the given indices, in that order (numpy's {@code X[idx], y[idx]}). */
    public Dataset rows(int[] idx) {
        double[] sx = new double[idx.length * dims];
        int[] sy = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            System.arraycopy(x, idx[i] * dims, sx, i * dims, dims);
            sy[i] = y[idx[i]];
        }
        return new Dataset(dims, classes, sx, sy);
    }

    /** These points followed by the other's (same coordinates per point). */
    public Dataset plus(Dataset other) {
        if (other.dims != dims) throw Problem.of(Msg.JOIN_DIMS, dims, other.dims);
        double[] jx = new double[x.length + other.x.length];
        int[] jy = new int[n + other.n];
        System.arraycopy(x, 0, jx, 0, x.length);
        System.arraycopy(other.x, 0, jx, x.length, other.x.length);
        System.arraycopy(y, 0, jy, 0, n);
        System.arraycopy(other.y, 0, jy, n, other.n);
        return new Dataset(dims, Math.max(classes, other.classes), jx, jy);
    }

    /** How many points carry each label. */
    public int[] classCounts() {
        int[] counts = new int[classes];
        for (int label : y) counts[label]++;
        return counts;
    }

    /** {min, max} of one coordinate over all points. */
    public double[] range(int col) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double v = get(i, col);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new double[] {min, max};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d && d.dims == dims && d.classes == classes
                && Arrays.equals(d.x, x) && Arrays.equals(d.y, y);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(x) + Arrays.hashCode(y);
    }
}

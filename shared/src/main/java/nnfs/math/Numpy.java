package nnfs.math;

/** numpy's {@code linspace} and {@code arange} with the same rounding, element by element. */
public final class Numpy {
    private Numpy() {}

    /**
     * {@code np.linspace(start, stop, num, endpoint)}: i * step + start, with step = (stop - start) / div, and
     * the last element set to {@code stop} exactly when the end point is included.
     */
    public static double[] linspace(double start, double stop, int num, boolean endpoint) {
        if (num < 0) throw new IllegalArgumentException("linspace: num must be non-negative, got " + num);
        int div = endpoint ? num - 1 : num;
        double delta = stop - start;
        double[] y = new double[num];
        if (div > 0) {
            double step = delta / div;
            for (int i = 0; i < num; i++) y[i] = step == 0 ? (i / (double) div) * delta : i * step;
        } else {
            for (int i = 0; i < num; i++) y[i] = i * delta;
        }
        for (int i = 0; i < num; i++) y[i] += start;
        if (endpoint && num > 1) y[num - 1] = stop;
        return y;
    }

    /**
     * {@code np.arange(start, stop, step)} for doubles: ceil((stop - start) / step) elements; the second is
     * start + step and each later one start + i * ((start + step) - start), as numpy's fill does.
     */
    public static double[] arange(double start, double stop, double step) {
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new IllegalArgumentException("arange: step must be positive and finite, got " + step);
        }
        double len = Math.ceil((stop - start) / step);
        if (!(len > 0)) return new double[0];
        if (len > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("arange: too many elements: " + len);
        int n = (int) len;
        double[] y = new double[n];
        y[0] = start;
        if (n > 1) y[1] = start + step;
        double delta = y.length > 1 ? y[1] - start : 0;
        for (int i = 2; i < n; i++) y[i] = start + i * delta;
        return y;
    }

    /** {@code np.logspace(start, stop, num)}: 10 ** linspace(start, stop, num). */
    public static double[] logspace(double start, double stop, int num) {
        double[] y = linspace(start, stop, num, true);
        for (int i = 0; i < y.length; i++) y[i] = CorrectlyRounded.pow10(y[i]);
        return y;
    }
}

package nnfs.nn;

import java.util.Arrays;

/**
 * A loss curve as a model document keeps it: the loss (and test loss) after chosen passes, dense where the loss
 * falls fastest and spread evenly after, always ending at the last pass done, and small enough for a shared
 * document (at most {@link #MAX_POINTS} points). The printed history says what the article prints; this is what a
 * chart draws.
 */
public final class LossCurve {
    public static final int MAX_POINTS = 400;
    /** The first passes are all kept: the article's loss falls from 0.69 to 0.3 within about 40 of them. */
    static final int HEAD = 50;
    public static final LossCurve NONE = new LossCurve(new long[0], new double[0], new double[0]);

    private final long[] pass;
    private final double[] loss;
    private final double[] testLoss;

    /** Points in increasing order of pass; testLoss NaN without test data. */
    public LossCurve(long[] pass, double[] loss, double[] testLoss) {
        if (pass.length != loss.length || pass.length != testLoss.length) throw new IllegalArgumentException("curve columns differ in length");
        for (int i = 1; i < pass.length; i++) {
            if (pass[i] <= pass[i - 1]) throw new IllegalArgumentException("curve passes must increase");
        }
        this.pass = pass.clone();
        this.loss = loss.clone();
        this.testLoss = testLoss.clone();
    }

    /**
     * At most {@link #MAX_POINTS} of a trace's points: all of the first {@link #HEAD} passes, then the first point in
     * each of equal stretches of passes up to the last, and the last point itself.
     */
    public static LossCurve of(LossTrace t) {
        int n = t.size();
        if (n == 0) return NONE;
        long first = t.pass(0), last = t.pass(n - 1);
        int slots = MAX_POINTS - HEAD - 1;
        int[] keep = new int[n];
        int kept = 0;
        long lastSlot = -1;
        for (int i = 0; i < n; i++) {
            long p = t.pass(i);
            if (p - first < HEAD || i == n - 1) {
                keep[kept++] = i;
                continue;
            }
            // after the head, the first point in each of `slots` equal stretches of passes before the last
            long slot = (long) Math.floor((double) (p - first - HEAD) * slots / (last - first - HEAD));
            if (slot != lastSlot) {
                lastSlot = slot;
                keep[kept++] = i;
            }
        }
        long[] ps = new long[kept];
        double[] ls = new double[kept], ts = new double[kept];
        for (int k = 0; k < kept; k++) {
            ps[k] = t.pass(keep[k]);
            ls[k] = t.loss(keep[k]);
            ts[k] = t.testLoss(keep[k]);
        }
        return new LossCurve(ps, ls, ts);
    }

    public int size() {
        return pass.length;
    }

    public boolean isEmpty() {
        return pass.length == 0;
    }

    /** The pass after whose update the loss was taken (0-based, as the history's). */
    public long pass(int i) {
        return pass[i];
    }

    public double loss(int i) {
        return loss[i];
    }

    public double testLoss(int i) {
        return testLoss[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LossCurve c && Arrays.equals(pass, c.pass) && Arrays.equals(loss, c.loss) && Arrays.equals(testLoss, c.testLoss);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(pass) * 31 + Arrays.hashCode(loss);
    }
}

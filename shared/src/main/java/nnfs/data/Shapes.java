package nnfs.data;

import nnfs.random.NumpyRandom;

/** What scikit-learn's shape generators share: argument checks, and {@code shuffle} then {@code X += normal(scale=noise)}. */
final class Shapes {
    private Shapes() {}

    /** Enough for any teaching use, and small enough that a generated set always fits a browser tab. */
    static final int MAX_POINTS = 100_000;

    static void check(int n, double noise) {
        if (n < 1 || n > MAX_POINTS) {
            throw new IllegalArgumentException("n must be between 1 and " + MAX_POINTS + ", got " + n);
        }
        if (!(noise >= 0) || Double.isInfinite(noise) || noise > 1000) {
            throw new IllegalArgumentException("noise must be a finite number >= 0 (and <= 1000), got " + noise);
        }
    }

    /** sklearn.utils.shuffle (a legacy {@code permutation} of the rows), then {@code X += rng.normal(scale=noise, size=X.shape)}. */
    static Dataset shuffleAndAddNoise(Dataset d, double noise, NumpyRandom rng) {
        Dataset s = d.rows(rng.permutation(d.n));
        addNoise(s.x, noise, rng);
        return s;
    }

    static void addNoise(double[] x, double noise, NumpyRandom rng) {
        for (int i = 0; i < x.length; i++) x[i] += rng.normal(0.0, noise);
    }
}

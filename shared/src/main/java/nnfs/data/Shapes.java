package nnfs.data;

import nnfs.random.NumpyRandom;
import nnfs.text.Msg;
import nnfs.text.Problem;

/** What scikit-learn's shape generators share: argument checks, and {@code shuffle} then {@code X += normal(scale=noise)}. */
final class Shapes {
    private Shapes() {}

    static void check(int n, double noise) {
        if (n < 1 || n > nnfs.Limits.MAX_POINTS) {
            throw Problem.of(Msg.N_RANGE, nnfs.Limits.MAX_POINTS, n);
        }
        if (!(noise >= 0 && noise <= nnfs.Limits.MAX_NOISE)) {
            throw Problem.of(Msg.NOISE_RANGE, nnfs.Limits.MAX_NOISE, noise);
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

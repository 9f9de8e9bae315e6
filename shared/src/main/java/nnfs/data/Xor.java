package nnfs.data;

import nnfs.random.NumpyRandom;

/**
 * The XOR pattern, defined as the numpy recipe
 * {@code np.random.seed(seed); X = np.random.uniform(-1, 1, (n, 2)); y = (X[:, 0] * X[:, 1] > 0).astype(int);
 * X += np.random.normal(scale=noise, size=X.shape)}: class 1 in the first and third quadrants.
 */
public final class Xor {
    private Xor() {}

    public static Dataset generate(int n, double noise, long seed) {
        Shapes.check(n, noise);
        NumpyRandom rng = new NumpyRandom(seed);
        double[] x = new double[2 * n];
        int[] y = new int[n];
        for (int i = 0; i < x.length; i++) x[i] = rng.uniform(-1, 1);
        for (int i = 0; i < n; i++) y[i] = x[2 * i] * x[2 * i + 1] > 0 ? 1 : 0;
        Shapes.addNoise(x, noise, rng);
        return Dataset.of2d(x, y);
    }
}

package nnfs.data;

import nnfs.math.CorrectlyRounded;
import nnfs.math.Numpy;
import nnfs.random.NumpyRandom;

/**
 * scikit-learn's {@code make_moons(n, noise=noise)} after {@code np.random.seed(seed)}: two interleaving half
 * circles, shuffled, then Gaussian noise added. Same draws in the same order, so the same bits.
 */
public final class Moons {
    private Moons() {}

    public static Dataset generate(int n, double noise, long seed) {
        Shapes.check(n, noise);
        int nOut = n / 2;
        int nIn = n - nOut;
        double[] tOut = Numpy.linspace(0, Math.PI, nOut, true);
        double[] tIn = Numpy.linspace(0, Math.PI, nIn, true);
        double[] x = new double[2 * n];
        int[] y = new int[n];
        for (int i = 0; i < nOut; i++) {
            x[2 * i] = CorrectlyRounded.cos(tOut[i]);
            x[2 * i + 1] = CorrectlyRounded.sin(tOut[i]);
        }
        for (int i = 0; i < nIn; i++) {
            int r = nOut + i;
            x[2 * r] = 1 - CorrectlyRounded.cos(tIn[i]);
            x[2 * r + 1] = 1 - CorrectlyRounded.sin(tIn[i]) - 0.5;
            y[r] = 1;
        }
        NumpyRandom rng = new NumpyRandom(seed);
        return Shapes.shuffleAndAddNoise(Dataset.of2d(x, y), noise, rng);
    }
}

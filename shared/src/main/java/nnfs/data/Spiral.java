package nnfs.data;

import nnfs.math.CorrectlyRounded;
import nnfs.math.Numpy;
import nnfs.random.NumpyRandom;

/**
 * The k-armed spiral of the article's follow-up (CS231n): after {@code np.random.seed(seed)}, for each class j,
 * {@code r = linspace(0, 1, N); t = linspace(4j, 4(j+1), N) + randn(N) * noise; X = c_[r sin t, r cos t]}.
 * N is n // k, the first n % k classes one point more. Not shuffled, like the original.
 */
public final class Spiral {
    private Spiral() {}

    public static final int MAX_CLASSES = nnfs.Limits.MAX_SPIRAL_CLASSES;

    public static Dataset generate(int n, double noise, int classes, long seed) {
        Shapes.check(n, noise);
        Blobs.checkClasses(classes, MAX_CLASSES);
        NumpyRandom rng = new NumpyRandom(seed);
        int[] sizes = Blobs.perClass(n, classes);
        double[] x = new double[2 * n];
        int[] y = new int[n];
        int row = 0;
        for (int j = 0; j < classes; j++) {
            int m = sizes[j];
            double[] r = Numpy.linspace(0.0, 1, m, true);
            double[] t = Numpy.linspace(j * 4, (j + 1) * 4, m, true);
            for (int k = 0; k < m; k++) t[k] += rng.standardNormal() * noise;
            for (int k = 0; k < m; k++, row++) {
                x[2 * row] = r[k] * CorrectlyRounded.sin(t[k]);
                x[2 * row + 1] = r[k] * CorrectlyRounded.cos(t[k]);
                y[row] = j;
            }
        }
        return new Dataset(2, classes, x, y);
    }
}

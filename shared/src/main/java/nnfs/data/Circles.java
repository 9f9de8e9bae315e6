package nnfs.data;

import nnfs.math.CorrectlyRounded;
import nnfs.math.Numpy;
import nnfs.random.NumpyRandom;
import nnfs.text.Msg;
import nnfs.text.Problem;

/**
 * scikit-learn's {@code make_circles(n, noise=noise, factor=factor)} after {@code np.random.seed(seed)}: a
 * circle of radius 1 (class 0) around one of radius {@code factor} (class 1).
 */
public final class Circles {
    private Circles() {}

    public static Dataset generate(int n, double noise, double factor, long seed) {
        Shapes.check(n, noise);
        if (!(factor >= 0 && factor < 1)) {
            throw Problem.of(Msg.CIRCLES_FACTOR, factor);
        }
        int nOut = n / 2;
        int nIn = n - nOut;
        double[] tOut = Numpy.linspace(0, 2 * Math.PI, nOut, false);
        double[] tIn = Numpy.linspace(0, 2 * Math.PI, nIn, false);
        double[] x = new double[2 * n];
        int[] y = new int[n];
        for (int i = 0; i < nOut; i++) {
            x[2 * i] = CorrectlyRounded.cos(tOut[i]);
            x[2 * i + 1] = CorrectlyRounded.sin(tOut[i]);
        }
        for (int i = 0; i < nIn; i++) {
            int r = nOut + i;
            x[2 * r] = CorrectlyRounded.cos(tIn[i]) * factor;
            x[2 * r + 1] = CorrectlyRounded.sin(tIn[i]) * factor;
            y[r] = 1;
        }
        return Shapes.shuffleAndAddNoise(Dataset.of2d(x, y), noise, new NumpyRandom(seed));
    }
}

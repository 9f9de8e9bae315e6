package nnfs.data;

import nnfs.random.NumpyRandom;
import nnfs.text.Msg;
import nnfs.text.Problem;

/**
 * scikit-learn's {@code make_blobs(n, centers=k, cluster_std=noise)} after {@code np.random.seed(seed)}: k
 * centres drawn uniformly in [-10, 10]^2, then each class's points drawn around its centre, then shuffled.
 */
public final class Blobs {
    private Blobs() {}

    public static final int MAX_CLASSES = nnfs.Limits.MAX_BLOBS_CLASSES;

    public static Dataset generate(int n, double noise, int classes, long seed) {
        Shapes.check(n, noise);
        checkClasses(classes, MAX_CLASSES);
        NumpyRandom rng = new NumpyRandom(seed);
        double[] centres = new double[2 * classes];
        for (int i = 0; i < centres.length; i++) centres[i] = rng.uniform(-10.0, 10.0);
        int[] sizes = perClass(n, classes);
        double[] x = new double[2 * n];
        int[] y = new int[n];
        int row = 0;
        for (int c = 0; c < classes; c++) {
            for (int k = 0; k < sizes[c]; k++, row++) {
                x[2 * row] = rng.normal(centres[2 * c], noise);
                x[2 * row + 1] = rng.normal(centres[2 * c + 1], noise);
                y[row] = c;
            }
        }
        return new Dataset(2, classes, x, y).rows(rng.permutation(n));
    }

    /** n // k points per class, the first n % k classes one more (as make_blobs splits them). */
    static int[] perClass(int n, int classes) {
        int[] sizes = new int[classes];
        for (int c = 0; c < classes; c++) sizes[c] = n / classes + (c < n % classes ? 1 : 0);
        return sizes;
    }

    static void checkClasses(int classes, int max) {
        if (classes < 2 || classes > max) {
            throw Problem.of(Msg.CLASSES_RANGE, max, classes);
        }
    }
}

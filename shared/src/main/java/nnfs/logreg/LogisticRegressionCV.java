package nnfs.logreg;

import nnfs.data.Dataset;
import nnfs.math.Numpy;

/**
 * The article's baseline, scikit-learn's {@code LogisticRegressionCV()} with its defaults: the ten Cs of
 * {@code np.logspace(-4, 4, 10)}, 5-fold stratified cross-validation without shuffling, accuracy as the score;
 * the first C with the best summed fold accuracy wins, and the model is refit on all the data with it.
 */
public final class LogisticRegressionCV {
    public static final int FOLDS = 5;

    public final double[] cs;
    /** Mean test-fold accuracy for each C. */
    public final double[] meanScores;
    public final int bestIndex;
    public final LogisticRegression model;

    private LogisticRegressionCV(double[] cs, double[] meanScores, int bestIndex, LogisticRegression model) {
        this.cs = cs;
        this.meanScores = meanScores;
        this.bestIndex = bestIndex;
        this.model = model;
    }

    public static double[] defaultCs() {
        return Numpy.logspace(-4, 4, 10);
    }

    public static LogisticRegressionCV fit(Dataset d) {
        double[] cs = defaultCs();
        int[] folds = StratifiedKFold.testFolds(d.y, d.classes, FOLDS);
        double[] sums = new double[cs.length];
        for (int f = 0; f < FOLDS; f++) {
            Dataset train = d.rows(indices(folds, f, false));
            Dataset test = d.rows(indices(folds, f, true));
            for (int k = 0; k < cs.length; k++) sums[k] += LogisticRegression.fit(train, cs[k]).accuracy(test);
        }
        int best = 0;
        for (int k = 1; k < cs.length; k++) if (sums[k] > sums[best]) best = k;
        double[] means = new double[cs.length];
        for (int k = 0; k < cs.length; k++) means[k] = sums[k] / FOLDS;
        return new LogisticRegressionCV(cs, means, best, LogisticRegression.fit(d, cs[best]));
    }

    public double c() {
        return cs[bestIndex];
    }

    private static int[] indices(int[] folds, int f, boolean inFold) {
        int count = 0;
        for (int v : folds) if ((v == f) == inFold) count++;
        int[] idx = new int[count];
        int p = 0;
        for (int i = 0; i < folds.length; i++) if ((folds[i] == f) == inFold) idx[p++] = i;
        return idx;
    }
}

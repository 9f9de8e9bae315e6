package nnfs.data;

import java.util.Arrays;
import nnfs.random.NumpyRandom;
import nnfs.text.Msg;
import nnfs.text.Problem;

/**
 * scikit-learn's {@code train_test_split(X, y, test_size=f, random_state=seed)}: ceil(f * n) test points, the
 * rest for training, chosen by one legacy {@code permutation(n)} of {@code RandomState(seed)}.
 */
public final class TrainTestSplit {
    public final Dataset train;
    public final Dataset test;
    /** Which point of the data set each training and each test point is (train.x row i is data row trainIndex[i]). */
    public final int[] trainIndex;
    public final int[] testIndex;

    private TrainTestSplit(Dataset train, Dataset test, int[] trainIndex, int[] testIndex) {
        this.train = train;
        this.test = test;
        this.trainIndex = trainIndex;
        this.testIndex = testIndex;
    }

    /** ceil(fraction * n) points to test, as scikit-learn; refuses a split that leaves either side empty. */
    public static int testSize(int n, double testFraction) {
        int nTest = (int) Math.ceil(testFraction * n);
        int nTrain = n - nTest;
        if (nTrain < 1 || nTest < 1) {
            throw Problem.of(Msg.SPLIT_EMPTY, testFraction, n, nTrain, nTest);
        }
        return nTest;
    }

    public static TrainTestSplit of(Dataset data, double testFraction, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw Problem.of(Msg.TEST_FRACTION_OPEN, testFraction);
        }
        int nTest = testSize(data.n, testFraction);
        int[] perm = new NumpyRandom(seed).permutation(data.n);
        int[] test = Arrays.copyOfRange(perm, 0, nTest);
        int[] train = Arrays.copyOfRange(perm, nTest, data.n);
        return new TrainTestSplit(data.rows(train), data.rows(test), train, test);
    }
}

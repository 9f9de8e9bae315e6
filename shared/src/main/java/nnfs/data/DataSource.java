package nnfs.data;

import nnfs.text.Msg;
import nnfs.text.Problem;

/**
 * Where a model's data comes from: a generated data set ({@link DatasetSpec}) or points the learner placed,
 * and how much of it is held out for testing (none by default, as in the article).
 */
public final class DataSource {
    public static final int MAX_POINTS = nnfs.Limits.MAX_POINTS;
    public static final double MAX_COORDINATE = nnfs.Limits.MAX_COORDINATE;

    public final DatasetSpec spec;
    public final Dataset points;
    public final double testFraction;
    public final long splitSeed;

    private DataSource(DatasetSpec spec, Dataset points, double testFraction, long splitSeed) {
        if (!(testFraction >= 0 && testFraction <= nnfs.Limits.MAX_TEST_FRACTION)) {
            throw Problem.of(Msg.TEST_FRACTION_RANGE, nnfs.Limits.MAX_TEST_FRACTION, testFraction);
        }
        if (splitSeed < 0 || splitSeed > 0xFFFFFFFFL) throw Problem.of(Msg.SPLIT_SEED_RANGE, splitSeed);
        if (points != null && (points.n < 1 || points.n > MAX_POINTS)) {
            throw Problem.of(Msg.POINT_COUNT, MAX_POINTS, points.n);
        }
        if (points != null) {
            for (int i = 0; i < points.x.length; i++) {
                if (!(Math.abs(points.x[i]) <= MAX_COORDINATE)) {
                    throw Problem.of(Msg.POINT_RANGE, i / points.dims, points.x[i], MAX_COORDINATE);
                }
            }
        }
        if (testFraction > 0) TrainTestSplit.testSize(spec != null ? spec.n : points.n, testFraction);
        this.spec = spec;
        this.points = points;
        this.testFraction = testFraction;
        this.splitSeed = splitSeed;
    }

    public static DataSource generated(DatasetSpec spec, double testFraction, long splitSeed) {
        return new DataSource(spec, null, testFraction, splitSeed);
    }

    public static DataSource points(Dataset points, double testFraction, long splitSeed) {
        return new DataSource(null, points, testFraction, splitSeed);
    }

    public static DataSource article() {
        return generated(DatasetSpec.article(), 0, 0);
    }

    public boolean isGenerated() {
        return spec != null;
    }

    /** All the points. */
    public Dataset all() {
        return spec != null ? spec.generate() : points;
    }

    /**
     * Which point of {@link #all()} each training point and each test point is: {trainIndex, testIndex}, the
     * second null without a test fraction (then training point i is point i).
     */
    public int[][] trainAndTestIndices() {
        Dataset all = all();
        if (testFraction == 0) {
            int[] every = new int[all.n];
            for (int i = 0; i < every.length; i++) every[i] = i;
            return new int[][] {every, null};
        }
        TrainTestSplit s = TrainTestSplit.of(all, testFraction, splitSeed);
        return new int[][] {s.trainIndex, s.testIndex};
    }

    /** Training and test sets; without a test fraction, all points train and the test set is null. */
    public Dataset[] trainAndTest() {
        Dataset all = all();
        if (testFraction == 0) return new Dataset[] {all, null};
        TrainTestSplit s = TrainTestSplit.of(all, testFraction, splitSeed);
        return new Dataset[] {s.train, s.test};
    }
}

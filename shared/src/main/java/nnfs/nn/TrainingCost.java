package nnfs.nn;

/**
 * What a training will cost, in multiply-adds, counted from its shape before it starts, so that a server can
 * refuse what it cannot afford: every pass's forward and backward propagation (about three forward passes), its
 * gradient steps, its shuffle and fixed overhead, and every evaluation of the loss on the training and test
 * sets that the recorded history asks for.
 */
public final class TrainingCost {
    private TrainingCost() {}

    /** The work a pass costs whatever its size (the loop, the schedule, the finiteness check), in multiply-adds. */
    static final double PASS_OVERHEAD = 1000;

    /** Weights and biases of a network of these layer sizes. */
    public static long parameters(int[] sizes) {
        long n = 0;
        for (int l = 0; l + 1 < sizes.length; l++) n += (long) sizes[l] * sizes[l + 1] + sizes[l + 1];
        return n;
    }

    /**
     * The multiply-adds of training a network of {@code sizes} with {@code s} on {@code nTrain} points, recording
     * (and so evaluating on the {@code nTrain + nTest} points) every {@code recordEvery} passes (0: never), and
     * evaluating once at the end.
     */
    public static double of(int[] sizes, TrainingSettings s, int nTrain, int nTest, long recordEvery) {
        double params = parameters(sizes);
        double evaluations = (recordEvery > 0 ? Math.floor((double) Math.max(0, s.passes - 1) / recordEvery) + 1 : 0) + 1 + 3;
        return s.passes * perPass(params, nTrain, s.batchSize) + evaluations * params * (nTrain + nTest);
    }

    /**
     * One pass of a network of {@code params} weights and biases over {@code nTrain} points in batches of
     * {@code batchSize} (0: all at once): forward and backward over every point, and a step per batch.
     */
    public static double perPass(double params, int nTrain, int batchSize) {
        int batch = batchSize == 0 || batchSize >= nTrain ? nTrain : batchSize;
        double steps = Math.ceil((double) nTrain / batch);
        return 3 * params * nTrain + 2 * params * steps + nTrain + PASS_OVERHEAD;
    }
}

package nnfs.nn;

/**
 * The loss after every pass early on, thinned as the run goes so that memory stays bounded: what a loss chart
 * draws. The first {@link #HEAD} passes are all kept (the article's loss falls fastest there); after them a pass
 * is kept when it is a multiple of the stride, and whenever the tail fills up every other kept pass is dropped
 * and the stride doubles. So a run of any length holds at most {@link #CAPACITY} points, spread evenly.
 */
public final class LossTrace {
    public static final int HEAD = 500;
    public static final int CAPACITY = 2000;

    private final long[] pass = new long[CAPACITY];
    private final double[] loss = new double[CAPACITY];
    private final double[] testLoss = new double[CAPACITY];
    private int size;
    private long stride = 1;
    /** Counts thinnings: a reader that copied points before the last one must copy them all again. */
    private int generation;

    /** Whether the loss after pass {@code p} belongs in the trace. */
    public boolean wants(long p) {
        return p < HEAD || p % stride == 0;
    }

    /** Adds the loss after pass {@code p} (testLoss NaN without test data); passes come in increasing order. */
    public void add(long p, double trainLoss, double test) {
        if (size > 0 && p <= pass[size - 1]) return; // a resumed run may repeat its last pass
        if (size == CAPACITY) thin();
        if (!wants(p)) return;
        pass[size] = p;
        loss[size] = trainLoss;
        testLoss[size] = test;
        size++;
    }

    /** Adds the loss after the run's last pass {@code p}, wanted or not: a curve ends where its run ends. */
    public void end(long p, double trainLoss, double test) {
        if (size > 0 && p <= pass[size - 1]) return;
        if (size == CAPACITY) thin();
        pass[size] = p;
        loss[size] = trainLoss;
        testLoss[size] = test;
        size++;
    }

    private void thin() {
        stride *= 2;
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (pass[i] < HEAD || pass[i] % stride == 0) {
                pass[kept] = pass[i];
                loss[kept] = loss[i];
                testLoss[kept] = testLoss[i];
                kept++;
            }
        }
        size = kept;
        generation++;
    }

    public int size() {
        return size;
    }

    public long pass(int i) {
        return pass[i];
    }

    public double loss(int i) {
        return loss[i];
    }

    public double testLoss(int i) {
        return testLoss[i];
    }

    public long stride() {
        return stride;
    }

    public int generation() {
        return generation;
    }
}

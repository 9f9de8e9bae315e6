package nnfs.nn;

import java.util.ArrayList;
import java.util.List;
import nnfs.data.Dataset;
import nnfs.random.NumpyRandom;

/**
 * One training run that its caller advances a few passes at a time, reading loss, accuracy and weights in
 * between: the command line runs it to the end, the browser's worker a slice per frame, the server in its
 * pool. Pausing is not calling {@link #advance}; {@link #stop} ends the run early.
 *
 * <p>A pass is one sweep over the training set: one gradient step in full-batch mode (the article), ceil(n /
 * batch) steps with minibatches. Minibatch training is what a learner gets by extending the article's numpy
 * code: after {@code np.random.seed(seed)} and the initial weights' draws, each pass takes the rows in the order
 * of {@code np.random.permutation(n)} from that same stream (never reseeded), and each batch of B rows applies
 * its summed data gradient plus {@code reg * (B / n) * W}, so that one pass applies the L2 term once, as a
 * full-batch step does, and the regularisation strength means what it means in the printed loss. With
 * {@code meanGradients} the batch's data gradient is averaged instead, plus {@code reg / n * W}: the gradient
 * of the printed (mean) loss.
 */
public final class Training {
    public enum State { RUNNING, DONE, STOPPED, FAILED }

    /** The loss (and accuracy) after the update of a pass, as the article prints it. */
    public static final class Point {
        public final long pass;
        public final double loss;
        public final double accuracy;
        /** NaN without test data. */
        public final double testLoss;
        public final double testAccuracy;

        public Point(long pass, double loss, double accuracy, double testLoss, double testAccuracy) {
            this.pass = pass;
            this.loss = loss;
            this.accuracy = accuracy;
            this.testLoss = testLoss;
            this.testAccuracy = testAccuracy;
        }
    }

    private final Network net;
    private final Dataset train;
    private final Dataset test;
    private final TrainingSettings settings;
    private final long recordEvery;
    private final int batch;
    private final Backprop step;
    private final NumpyRandom shuffles;
    private final List<Point> history = new ArrayList<>();
    /**
     * The loss after each of the last three passes (NaN until they ran): the article's run ends in a period-2
     * oscillation, which its printed lines, every 1000th pass, cannot show.
     */
    private final double[] lastLosses = {Double.NaN, Double.NaN, Double.NaN};
    private long pass;
    private State state = State.RUNNING;
    private String failure;

    /**
     * Trains {@code net} in place on {@code train} ({@code test} may be null), recording the loss after pass i
     * whenever i % recordEvery == 0 (0 records nothing). {@code startPass} > 0 continues an earlier run: the
     * schedule and the minibatch order carry on where they were, so the result equals one uninterrupted run.
     */
    public Training(Network net, Dataset train, Dataset test, TrainingSettings settings, long recordEvery, long startPass) {
        this(net, train, test, settings, recordEvery, startPass, List.of());
    }

    /** Continues a run whose recorded points so far were {@code history}. */
    public Training(Network net, Dataset train, Dataset test, TrainingSettings settings, long recordEvery, long startPass,
                    List<Point> history) {
        if (train.dims != net.inputs()) {
            throw new IllegalArgumentException("the data has " + train.dims + " coordinates per point, the network " + net.inputs() + " inputs");
        }
        if (train.classes > net.classes()) {
            throw new IllegalArgumentException("the data has " + train.classes + " classes, the network " + net.classes() + " outputs");
        }
        if (test != null && (test.dims != train.dims || test.classes > net.classes())) {
            throw new IllegalArgumentException("the test data does not fit the network");
        }
        if (recordEvery < 0) throw new IllegalArgumentException("record interval must be >= 0, got " + recordEvery);
        if (startPass < 0 || startPass > settings.passes) {
            throw new IllegalArgumentException("start pass must be between 0 and " + settings.passes + ", got " + startPass);
        }
        this.net = net;
        this.train = train;
        this.test = test;
        this.settings = settings;
        this.recordEvery = recordEvery;
        this.batch = settings.batchSize == 0 || settings.batchSize >= train.n ? train.n : settings.batchSize;
        this.step = new Backprop(net, batch);
        if (batch < train.n) {
            // the stream as numpy's is after np.random.seed(seed) and randn(...) for every weight matrix
            shuffles = new NumpyRandom(settings.seed);
            for (long k = 0, weights = weightCount(net); k < weights; k++) shuffles.standardNormal();
            for (long p = 0; p < startPass; p++) shuffles.permutation(train.n);
        } else {
            shuffles = null;
        }
        this.pass = startPass;
        this.history.addAll(history);
        if (pass >= settings.passes) state = State.DONE;
    }

    private static long weightCount(Network net) {
        long n = 0;
        for (double[] w : net.w) n += w.length;
        return n;
    }

    /** The article's run: a fresh 2-h-2 tanh network on the data, recording every 1000 passes. */
    public static Training article(Dataset data, int hidden, TrainingSettings settings) {
        Network net = Network.article(hidden, settings.seed);
        return new Training(net, data, null, settings, 1000, 0);
    }

    /** Runs up to {@code k} more passes; returns how many ran. */
    public long advance(long k) {
        long done = 0;
        while (done < k && state == State.RUNNING) {
            onePass();
            done++;
            if (state == State.RUNNING && pass >= settings.passes) state = State.DONE;
        }
        return done;
    }

    /** Runs to the end (or to a failure). */
    public void runToEnd() {
        advance(Long.MAX_VALUE);
    }

    private void onePass() {
        double rate = settings.schedule.rate(settings.learningRate, pass);
        int n = train.n;
        int[] order = shuffles == null ? null : shuffles.permutation(n);
        for (int from = 0; from < n; from += batch) {
            int count = Math.min(batch, n - from);
            step.forward(train, order, from, count);
            double scale = settings.meanGradients ? 1.0 / count : 1.0;
            // full batch: count / n is exactly 1, so the article's reg * W is unchanged
            double reg = settings.meanGradients ? settings.reg / n : settings.reg * ((double) count / n);
            step.backward(train, order, from, count, scale, reg);
            update(rate);
        }
        long done = pass;
        pass++;
        if (!parametersFinite()) {
            fail("the weights became NaN or infinite in pass " + done + "; the learning rate " + settings.learningRate
                    + " is probably too high for this network");
            return;
        }
        if (recordEvery > 0 && done % recordEvery == 0) record(done);
        long fromEnd = settings.passes - pass;
        if (fromEnd < 3) lastLosses[(int) (2 - fromEnd)] = Evaluation.of(net, train, settings.reg).loss;
    }

    /**
     * Whether the run ended alternating between two losses from pass to pass (a period-2 oscillation): the last
     * pass's loss equals the one two passes before and differs from the one before it in the printed digits.
     */
    public boolean endsAlternating() {
        double a = lastLosses[0], b = lastLosses[1], c = lastLosses[2];
        if (state != State.DONE || !Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(c)) return false;
        return Math.abs(c - a) < 1e-7 && Math.abs(c - b) >= 1e-6;
    }

    /** The loss after pass {@code passes - 1 - k}, for k = 0, 1, 2 (NaN if that pass did not run here). */
    public double lossFromEnd(int k) {
        return lastLosses[2 - k];
    }

    /** W += -rate * dW, b += -rate * db, as the article writes it. */
    private void update(double rate) {
        for (int l = 0; l < net.layers(); l++) {
            double[] w = net.w[l], gw = step.gw[l];
            for (int k = 0; k < w.length; k++) w[k] += -rate * gw[k];
            double[] b = net.b[l], gb = step.gb[l];
            for (int k = 0; k < b.length; k++) b[k] += -rate * gb[k];
        }
    }

    private boolean parametersFinite() {
        double s = 0;
        for (int l = 0; l < net.layers(); l++) {
            for (double v : net.w[l]) s += v * 0.0;
            for (double v : net.b[l]) s += v * 0.0;
        }
        return s == 0.0; // v * 0 is NaN exactly when v is NaN or infinite
    }

    private void record(long done) {
        Evaluation e = Evaluation.of(net, train, settings.reg);
        double testLoss = Double.NaN, testAcc = Double.NaN;
        if (test != null) {
            Evaluation t = Evaluation.of(net, test, settings.reg);
            testLoss = t.loss;
            testAcc = t.accuracy;
        }
        if (!Double.isFinite(e.loss)) {
            fail("the loss became " + e.loss + " after pass " + done + "; the learning rate " + settings.learningRate
                    + " is probably too high for this network");
            return;
        }
        history.add(new Point(done, e.loss, e.accuracy, testLoss, testAcc));
    }

    private void fail(String message) {
        state = State.FAILED;
        failure = message;
    }

    /** Ends the run before its last pass; the weights stay as they are. */
    public void stop() {
        if (state == State.RUNNING) state = State.STOPPED;
    }

    public State state() {
        return state;
    }

    public boolean finished() {
        return state != State.RUNNING;
    }

    /** Why the run failed, or null. */
    public String failure() {
        return failure;
    }

    /** Passes done so far. */
    public long pass() {
        return pass;
    }

    public Network network() {
        return net;
    }

    public TrainingSettings settings() {
        return settings;
    }

    public Dataset train() {
        return train;
    }

    public Dataset test() {
        return test;
    }

    /** The recorded points, oldest first (a copy). */
    public List<Point> history() {
        return new ArrayList<>(history);
    }

    /** Loss and accuracy of the current weights on the training data. */
    public Evaluation evaluate() {
        return Evaluation.of(net, train, settings.reg);
    }
}

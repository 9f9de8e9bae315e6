package nnfs.nn;

import java.util.ArrayList;
import java.util.List;
import nnfs.data.Dataset;
import nnfs.math.Fdlibm;
import nnfs.random.NumpyRandom;
import nnfs.text.Msg;
import nnfs.text.Problem;

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
    /** The buffers of {@link #nextStep}, which looks at a step without taking it (null until asked). */
    private Backprop lookAhead;
    private final NumpyRandom shuffles;
    private final List<Point> history = new ArrayList<>();
    /**
     * The loss after each of the last three passes (NaN until they ran): the article's run ends in a period-2
     * oscillation, which its printed lines, every 1000th pass, cannot show.
     */
    private final double[] lastLosses = {Double.NaN, Double.NaN, Double.NaN};
    private long pass;
    private State state = State.RUNNING;
    private Problem failure;
    private Failure failureKind;
    private long failurePass = -1;
    /** Where the page's loss chart comes from; null when no one draws one. */
    private LossTrace trace;
    /** The first loss this run evaluated, and after which pass: what "keeps growing" is measured against. */
    private double firstLoss = Double.NaN;
    private long firstLossPass = -1;
    /** The evaluations' buffers, made at the first and reused: the loss chart asks for thousands of evaluations. */
    private Backprop trainBuffers, testBuffers;
    /**
     * A pass whose loss is wanted and not yet computed (-1: none). Full-batch training leaves it to the next pass,
     * whose forward pass starts from the same weights; whoever reads the run (after {@link #advance}) finds it done.
     */
    private long pending = -1;

    /** Why a run failed, so that a page can explain it in its own words. */
    public enum Failure {
        /** A weight became NaN or infinite. */
        NOT_FINITE,
        /** The loss grew to more than {@link #GROWTH_LIMIT} times where it started. */
        GROWING
    }

    /**
     * A loss this many times its first value (or ln K, the loss of a uniform guess, if that is larger) has diverged:
     * gradient descent that works never climbs that far, and the numbers that follow mean nothing.
     */
    public static final double GROWTH_LIMIT = 10;
    /** How often (in passes) the loss is checked for growth when nothing else evaluates it. */
    public static final long GROWTH_CHECK_EVERY = 100;

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
            throw Problem.of(Msg.DATA_DIMS, train.dims, net.inputs());
        }
        if (train.classes > net.classes()) {
            throw Problem.of(Msg.DATA_CLASSES, train.classes, net.classes());
        }
        if (test != null && (test.dims != train.dims || test.classes > net.classes())) {
            throw Problem.of(Msg.TEST_DATA_MISFIT);
        }
        if (recordEvery < 0) throw Problem.of(Msg.RECORD_INTERVAL, recordEvery);
        if (startPass < 0 || startPass > settings.passes) {
            throw Problem.of(Msg.START_PASS_RANGE, settings.passes, startPass);
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
            if (!onePass()) break;
            done++;
            if (state == State.RUNNING && pass >= settings.passes) {
                settle();
                if (state == State.RUNNING) state = State.DONE;
            }
        }
        settle();
        return done;
    }

    /** Runs to the end (or to a failure). */
    public void runToEnd() {
        advance(Long.MAX_VALUE);
    }

    /**
     * One pass; false when the evaluation it settled first (of the pass before) ended the run, in which case
     * nothing changed. In full-batch mode the loss after pass p is not computed by a forward pass of its own: the
     * next pass's forward pass sees the same weights and measures it on the way (see {@link #pending}).
     */
    private boolean onePass() {
        double rate = settings.schedule.rate(settings.learningRate, pass);
        int n = train.n;
        int[] order = shuffles == null ? null : shuffles.permutation(n);
        for (int from = 0; from < n; from += batch) {
            int count = Math.min(batch, n - from);
            double scale = settings.meanGradients ? 1.0 / count : 1.0;
            // full batch: count / n is exactly 1, so the article's reg * W is unchanged
            double reg = settings.meanGradients ? settings.reg / n : settings.reg * ((double) count / n);
            boolean measure = pending >= 0;
            step.gradients(train, order, from, count, scale, reg, measure);
            if (measure) {
                long p = pending;
                pending = -1;
                evaluated(p, Evaluation.of(net, n, settings.reg, step.lossSum, step.correctCount));
                if (state != State.RUNNING) return false; // the weights stay those after pass p
            }
            update(rate);
        }
        long done = pass;
        pass++;
        if (!parametersFinite()) {
            fail(Failure.NOT_FINITE, done, Problem.of(Msg.WEIGHTS_NOT_FINITE, done, settings.learningRate));
            return true;
        }
        if (!wantsEvaluation(done)) return true;
        pending = done;
        if (batch < n) settle(); // minibatches change the weights within a pass: no later forward pass sees these
        return true;
    }

    /** Whether anything needs the loss after pass {@code done}: the printed history, the chart, the ending, growth. */
    private boolean wantsEvaluation(long done) {
        return prints(done) || charts(done) || settings.passes - (done + 1) < 3 || done % GROWTH_CHECK_EVERY == 0;
    }

    private boolean prints(long done) {
        return recordEvery > 0 && done % recordEvery == 0;
    }

    private boolean charts(long done) {
        return trace != null && trace.wants(done);
    }

    /** Evaluates a deferred pass now, from the weights as they are (still those after it). */
    private void settle() {
        if (pending < 0) return;
        long p = pending;
        pending = -1;
        if (trainBuffers == null) trainBuffers = Evaluation.buffers(net, train);
        evaluated(p, Evaluation.of(net, train, settings.reg, trainBuffers));
    }

    /** One evaluation of the weights after pass {@code done} serves the printed history, the chart, the growth check and the ending. */
    private void evaluated(long done, Evaluation e) {
        long fromEnd = settings.passes - (done + 1);
        boolean print = prints(done), chart = charts(done) || (trace != null && fromEnd == 0);
        Evaluation t = null;
        if (test != null && (print || chart)) {
            if (testBuffers == null) testBuffers = Evaluation.buffers(net, test);
            t = Evaluation.of(net, test, settings.reg, testBuffers);
        }
        if (print) record(done, e, t);
        if (chart && fromEnd == 0) trace.end(done, e.loss, t == null ? Double.NaN : t.loss);
        else if (chart) trace.add(done, e.loss, t == null ? Double.NaN : t.loss);
        if (fromEnd < 3) lastLosses[(int) (2 - fromEnd)] = e.loss;
        // on a fixed schedule, so that a run fails at the same pass whether or not anyone draws its loss
        if (done % GROWTH_CHECK_EVERY == 0) checkGrowth(done, e.loss);
    }

    /** Fails the run when its loss has grown far past where it started (see {@link #GROWTH_LIMIT}). */
    private void checkGrowth(long done, double loss) {
        if (state != State.RUNNING) return;
        if (!Double.isFinite(loss)) {
            fail(Failure.NOT_FINITE, done, Problem.of(Msg.LOSS_NOT_FINITE, loss, done, settings.learningRate));
            return;
        }
        if (Double.isNaN(firstLoss)) {
            firstLoss = loss;
            firstLossPass = done;
            return;
        }
        double limit = GROWTH_LIMIT * Math.max(firstLoss, Fdlibm.log(net.classes())); // Fdlibm: the same bits in the browser
        if (!(loss <= limit)) {
            fail(Failure.GROWING, done, Problem.of(Msg.LOSS_GREW, firstLoss, firstLossPass, loss, done, settings.learningRate));
        }
    }

    /** Draws the loss after every pass (thinned as the run goes) into {@code t}, from the next pass on. */
    public void trace(LossTrace t) {
        this.trace = t;
    }

    /** The loss curve drawn so far (null when nothing draws it). */
    public LossTrace trace() {
        return trace;
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

    /**
     * The next gradient step, worked out without taking it: the whole pass in full-batch mode (the article), else
     * the next pass's first minibatch; with its gradients split into the data's term and the L2 term, and the
     * weights before and after. Computed by the training's own code, so stepping gives exactly these weights.
     */
    public UpdateStep nextStep() {
        double rate = settings.schedule.rate(settings.learningRate, pass);
        int n = train.n, count = Math.min(batch, n);
        int[] order = shuffles == null ? null : shuffles.copy().permutation(n);
        double scale = settings.meanGradients ? 1.0 / count : 1.0;
        double reg = settings.meanGradients ? settings.reg / n : settings.reg * ((double) count / n);
        if (lookAhead == null) lookAhead = new Backprop(net, count); // asked for a few times a second: its buffers once
        Backprop b = lookAhead;
        b.gradients(train, order, 0, count, scale, 0.0, false);
        double[][] data = copy(b.gw);
        b.gradients(train, order, 0, count, scale, reg, false);
        double[][] dW = copy(b.gw), db = copy(b.gb), penalty = new double[net.layers()][];
        double[][] wAfter = copy(net.w), bAfter = copy(net.b);
        for (int l = 0; l < net.layers(); l++) {
            penalty[l] = new double[net.w[l].length];
            for (int k = 0; k < penalty[l].length; k++) penalty[l][k] = reg * net.w[l][k];
            // the same expressions as update(): the weights a step gives, to the bit
            for (int k = 0; k < wAfter[l].length; k++) wAfter[l][k] += -rate * dW[l][k];
            for (int k = 0; k < bAfter[l].length; k++) bAfter[l][k] += -rate * db[l][k];
        }
        return new UpdateStep(pass, count, n, rate, reg, data, penalty, dW, db, copy(net.w), copy(net.b), wAfter, bAfter);
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
        return c;
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

    private void record(long done, Evaluation e, Evaluation t) {
        if (!Double.isFinite(e.loss)) {
            fail(Failure.NOT_FINITE, done, Problem.of(Msg.LOSS_NOT_FINITE, e.loss, done, settings.learningRate));
            return;
        }
        history.add(new Point(done, e.loss, e.accuracy, t == null ? Double.NaN : t.loss, t == null ? Double.NaN : t.accuracy));
    }

    private void fail(Failure kind, long done, Problem message) {
        state = State.FAILED;
        failure = message;
        failureKind = kind;
        failurePass = done;
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

    /** Why the run failed (in English), or null. */
    public String failure() {
        return failure == null ? null : failure.getMessage();
    }

    /** Why the run failed, in any language of the catalogue, or null. */
    public Problem failureProblem() {
        return failure;
    }

    /** What kind of failure ended the run, or null. */
    public Failure failureKind() {
        return failureKind;
    }

    /** The pass after which the run failed, or -1. */
    public long failurePass() {
        return failurePass;
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

package nnfs.nn;

import nnfs.data.Dataset;

/** The article's {@code calculate_loss} and the accuracy of a network on a data set. */
public final class Evaluation {
    private static final int CHUNK = Network.CHUNK;

    /** (sum of -log p_correct + lambda/2 * sum of W^2) / n, as the article computes it. */
    public final double loss;
    /** Fraction of points whose most probable class is their label. */
    public final double accuracy;

    private Evaluation(double loss, double accuracy) {
        this.loss = loss;
        this.accuracy = accuracy;
    }

    public static Evaluation of(Network net, Dataset d, double reg) {
        return of(net, d, reg, buffers(net, d));
    }

    /** Buffers for evaluating {@code net} on {@code d}, to reuse: a run evaluates its loss thousands of times. */
    static Backprop buffers(Network net, Dataset d) {
        return new Backprop(net, Math.min(CHUNK, Math.max(1, d.n)));
    }

    /** The same, in buffers made by {@link #buffers} for this network and data. */
    static Evaluation of(Network net, Dataset d, double reg, Backprop bp) {
        double ce = 0;
        int correct = 0;
        for (int from = 0; from < d.n; from += CHUNK) {
            int count = Math.min(CHUNK, d.n - from);
            bp.forward(d, null, from, count);
            ce += bp.crossEntropySum();
            correct += bp.correct();
        }
        return of(net, d.n, reg, ce, correct);
    }

    /** From the summed cross-entropy and the correct count over n points, as {@link #of} computes them. */
    static Evaluation of(Network net, int n, double reg, double crossEntropySum, int correct) {
        double dataLoss = crossEntropySum + reg / 2 * net.squaredWeights();
        return new Evaluation(1.0 / n * dataLoss, (double) correct / n);
    }
}

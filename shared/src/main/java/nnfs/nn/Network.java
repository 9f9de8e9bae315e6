package nnfs.nn;

import nnfs.Classifier;
import nnfs.math.Exp;
import nnfs.math.Fdlibm;
import nnfs.random.NumpyRandom;
import nnfs.text.Msg;
import nnfs.text.Problem;

/**
 * A fully connected network: {@code sizes[0]} inputs, hidden layers of {@code sizes[1..L-1]} units with their
 * activations, and a softmax over {@code sizes[L]} classes. Layer l maps a row a to a W[l] + b[l], W[l] being a
 * sizes[l] x sizes[l+1] matrix stored row-major in one flat array, as numpy stores the article's W1 and W2.
 */
public final class Network implements Classifier {
    /** Limits that keep one model document, and one training step, of a sensible size (see {@link nnfs.Limits}). */
    public static final int MAX_LAYERS = nnfs.Limits.MAX_HIDDEN_LAYERS;
    public static final int MAX_UNITS = nnfs.Limits.MAX_UNITS;
    public static final int MAX_CLASSES = nnfs.Limits.MAX_CLASSES;
    public static final int MAX_INPUTS = nnfs.Limits.MAX_INPUTS;

    public final int[] sizes;
    public final Activation[] activations;
    public final double[][] w;
    public final double[][] b;

    /** A network with the given parameters (used as they are, not copied). Checks every shape. */
    public Network(int[] sizes, Activation[] activations, double[][] w, double[][] b) {
        checkShape(sizes, activations);
        int layers = sizes.length - 1;
        if (w.length != layers || b.length != layers) {
            throw Problem.of(Msg.WEIGHT_COUNT, layers, w.length, b.length);
        }
        for (int l = 0; l < layers; l++) {
            if (w[l].length != sizes[l] * sizes[l + 1]) {
                throw Problem.of(Msg.WEIGHT_SHAPE, "W" + (l + 1), sizes[l], sizes[l + 1], w[l].length);
            }
            if (b[l].length != sizes[l + 1]) {
                throw Problem.of(Msg.BIAS_SHAPE, "b" + (l + 1), sizes[l + 1], b[l].length);
            }
        }
        this.sizes = sizes.clone();
        this.activations = activations.clone();
        this.w = w;
        this.b = b;
    }

    /** Checks layer sizes and activations: at least one hidden layer, sizes within the limits. */
    public static void checkShape(int[] sizes, Activation[] activations) {
        if (sizes.length < 3) throw Problem.of(Msg.NETWORK_TOO_SHALLOW);
        if (sizes.length - 2 > MAX_LAYERS) throw Problem.of(Msg.TOO_MANY_LAYERS, MAX_LAYERS, sizes.length - 2);
        if (activations.length != sizes.length - 2) {
            throw Problem.of(Msg.ACTIVATION_COUNT, sizes.length - 2, activations.length);
        }
        if (sizes[0] < 1 || sizes[0] > MAX_INPUTS) throw Problem.of(Msg.INPUTS_RANGE, MAX_INPUTS, sizes[0]);
        for (int l = 1; l < sizes.length - 1; l++) {
            if (sizes[l] < 1 || sizes[l] > MAX_UNITS) {
                throw Problem.of(Msg.UNITS_RANGE, l, MAX_UNITS, sizes[l]);
            }
        }
        int out = sizes[sizes.length - 1];
        if (out < 2 || out > MAX_CLASSES) throw Problem.of(Msg.CLASSES_RANGE, MAX_CLASSES, out);
        for (Activation a : activations) if (a == null) throw Problem.of(Msg.NO_ACTIVATION);
    }

    /**
     * The article's initialisation, layer after layer: after {@code np.random.seed(seed)},
     * {@code W_l = randn(n_l, n_{l+1}) / sqrt(n_l)}, biases zero.
     */
    public static Network initialise(int[] sizes, Activation[] activations, long seed) {
        return initialise(sizes, activations, new NumpyRandom(seed));
    }

    /** The same initialisation from a stream already seeded, which it leaves after the weights' draws. */
    public static Network initialise(int[] sizes, Activation[] activations, NumpyRandom rng) {
        checkShape(sizes, activations);
        int layers = sizes.length - 1;
        double[][] w = new double[layers][];
        double[][] b = new double[layers][];
        for (int l = 0; l < layers; l++) {
            w[l] = rng.randn(sizes[l], sizes[l + 1]);
            double scale = Math.sqrt(sizes[l]);
            for (int i = 0; i < w[l].length; i++) w[l][i] /= scale;
            b[l] = new double[sizes[l + 1]];
        }
        return new Network(sizes, activations, w, b);
    }

    /** The article's 2-h-2 tanh network. */
    public static Network article(int hidden, long seed) {
        return initialise(new int[] {2, hidden, 2}, new Activation[] {Activation.TANH}, seed);
    }

    public int layers() {
        return sizes.length - 1;
    }

    @Override
    public int inputs() {
        return sizes[0];
    }

    @Override
    public int classes() {
        return sizes[sizes.length - 1];
    }

    /** Number of weights and biases. */
    @Override
    public long parameterCount() {
        long n = 0;
        for (int l = 0; l < layers(); l++) n += w[l].length + b[l].length;
        return n;
    }

    /** An independent copy of the parameters. */
    public Network copy() {
        double[][] w2 = new double[w.length][];
        double[][] b2 = new double[b.length][];
        for (int l = 0; l < w.length; l++) {
            w2[l] = w[l].clone();
            b2[l] = b[l].clone();
        }
        return new Network(sizes, activations, w2, b2);
    }

    /** Sum of the squared weights (not biases): the L2 penalty is lambda/2 times this. */
    public double squaredWeights() {
        double s = 0;
        for (double[] wl : w) {
            for (double v : wl) s += v * v;
        }
        return s;
    }

    /** Class probabilities for one point {@code x[offset .. offset + inputs)}, written into {@code probs}. */
    @Override
    public void probabilities(double[] x, int offset, double[] probs) {
        double[] a = new double[inputs()];
        System.arraycopy(x, offset, a, 0, a.length);
        for (int l = 0; l < layers(); l++) {
            double[] z = new double[sizes[l + 1]];
            Backprop.affine(a, sizes[l], w[l], b[l], sizes[l + 1], z, 1);
            if (l < layers() - 1) {
                Backprop.activate(activations[l], z, z, z.length);
                a = z;
            } else {
                softmax(z, 0, z.length, probs, 0);
            }
        }
    }

    /** Many points at once, through the training's own batched forward pass: what pictures of the plane use. */
    @Override
    public void classify(double[] x, int n, double[] probs, int[] predicted) {
        int c = classes(), chunk = Math.min(CHUNK, Math.max(1, n));
        Backprop bp = new Backprop(this, chunk);
        double[] out = bp.a[layers() - 1];
        for (int from = 0; from < n; from += chunk) {
            int count = Math.min(chunk, n - from);
            bp.forward(x, from, count);
            System.arraycopy(out, 0, probs, from * c, count * c);
            for (int r = 0; r < count; r++) predicted[from + r] = argmax(out, r * c, c);
        }
    }

    /** Rows per batch when many points go through the network at once: small enough to stay in the cache. */
    static final int CHUNK = 256;

    /** The most probable class of one point (the first one on a tie, as numpy's argmax). */
    @Override
    public int predict(double[] x, int offset) {
        double[] p = new double[classes()];
        probabilities(x, offset, p);
        return argmax(p, 0, p.length);
    }

    static int argmax(double[] v, int from, int count) {
        int best = 0;
        for (int k = 1; k < count; k++) if (v[from + k] > v[from + best]) best = k;
        return best;
    }

    /**
     * Softmax of z[from .. from + count) into p: exp(z_k - max) / sum. Subtracting the maximum changes nothing in
     * exact arithmetic and keeps exp from overflowing when a run diverges.
     */
    public static void softmax(double[] z, int from, int count, double[] p, int to) {
        double max = z[from];
        for (int k = 1; k < count; k++) max = Math.max(max, z[from + k]);
        double sum = 0;
        for (int k = 0; k < count; k++) {
            double e = Exp.exp(z[from + k] - max);
            p[to + k] = e;
            sum += e;
        }
        for (int k = 0; k < count; k++) p[to + k] /= sum;
    }

    /** -log softmax(z)[y] = log(sum exp(z_k - max)) - (z_y - max): finite even when p_y underflows to 0. */
    static double crossEntropy(double[] z, int from, int count, int y) {
        double max = z[from];
        for (int k = 1; k < count; k++) max = Math.max(max, z[from + k]);
        double sum = 0;
        for (int k = 0; k < count; k++) sum += Exp.exp(z[from + k] - max);
        return Fdlibm.log(sum) - (z[from + y] - max);
    }
}

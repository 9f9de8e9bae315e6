package nnfs.nn;

import nnfs.data.Dataset;
import nnfs.math.Exp;
import nnfs.math.Fdlibm;
import nnfs.math.Tanh;
import java.util.Arrays;

/**
 * Forward and backward propagation over a batch of rows, with its buffers allocated once: the hot loop of
 * training. The backward pass is the article's: delta_L = probs - onehot(y), dW_l = a_{l-1}^T delta_l,
 * db_l = sum of delta_l over the rows, delta_{l-1} = delta_l W_l^T * g'(z_{l-1}).
 *
 * <p>Written for speed, without changing a bit of the arithmetic: each layer runs over the whole batch at once, the
 * batch's rows are first gathered into one contiguous block, the activation is chosen once per layer (not called
 * per element), and the shapes of the article (2 inputs, 2 classes) have their loops unrolled. Every sum still
 * adds its terms in the same order, starting from 0, so a number is the same whichever loop computes it.
 */
final class Backprop {
    private final Network net;
    private final int capacity;
    /** The batch's inputs (row-major, {@code inputs} per row) and labels, gathered from the data set. */
    private final double[] x;
    private final int[] y;
    /** Each row's cross-entropy, when a loss is measured. */
    private final double[] rowLoss;
    /** z[l] and a[l]: the layer-l pre-activations and outputs of every row of the batch, row-major. */
    final double[][] z;
    final double[][] a;
    final double[][] delta;
    final double[][] gw;
    final double[][] gb;
    private int rows;
    /** The article's fused loop, per row: the coordinates as columns, a block's output sums and output deltas. */
    private final double[] x0, x1, z0, z1, delta0, delta1;

    Backprop(Network net, int capacity) {
        this.net = net;
        this.capacity = capacity;
        int layers = net.layers();
        x = new double[capacity * net.inputs()];
        y = new int[capacity];
        rowLoss = new double[capacity];
        z = new double[layers][];
        a = new double[layers][];
        delta = new double[layers][];
        gw = new double[layers][];
        gb = new double[layers][];
        for (int l = 0; l < layers; l++) {
            int out = net.sizes[l + 1];
            z[l] = new double[capacity * out];
            a[l] = new double[capacity * out];
            delta[l] = new double[capacity * out];
            gw[l] = new double[net.w[l].length];
            gb[l] = new double[out];
        }
        x0 = new double[capacity];
        x1 = new double[capacity];
        int block = Math.min(capacity, BLOCK);
        z0 = new double[block];
        z1 = new double[block];
        delta0 = new double[block];
        delta1 = new double[block];
    }

    /**
     * One gradient step's gradients for rows idx[from .. from + count) of the data: forward, then {@link #backward}.
     * The article's shape (2 inputs, one tanh layer, 2 classes) runs both together a block of rows at a time, which
     * keeps the block's numbers in the cache instead of sweeping the batch's buffers five times; the sums are the
     * same, term for term.
     * With {@code measure}, also the summed cross-entropy and the correct count of the weights as they are (before
     * the step), into {@link #lossSum} and {@link #correctCount}: the forward pass computes them anyway, and these
     * numbers are the ones {@link Evaluation} gives, bit for bit.
     */
    void gradients(Dataset d, int[] idx, int from, int count, double scale, double reg, boolean measure) {
        if (net.layers() == 2 && net.inputs() == 2 && net.classes() == 2 && net.activations[0] == Activation.TANH) {
            gather(d, idx, from, count);
            articleRows(count, measure);
            finishGradients(scale, reg);
        } else {
            forward(d, idx, from, count);
            if (measure) {
                lossSum = crossEntropySum();
                correctCount = correct();
            }
            backward(scale, reg);
        }
    }

    /** What the last measuring {@link #gradients} found. */
    double lossSum;
    int correctCount;

    /**
     * Rows the article's fused loop takes at a time. Each phase's loops stream through a unit's values for the
     * block's rows; shorter blocks spend their time starting loops (measured in docs/speed.md).
     */
    private static final int BLOCK = 256;

    /** The article's network, forward and backward a block of rows at a time: gw and gb summed over the rows. */
    private void articleRows(int count, boolean measure) {
        int h = net.sizes[1];
        double[] w1 = net.w[0], b1 = net.b[0], w2 = net.w[1], b2 = net.b[1];
        double[] gw1 = gw[0], gw2 = gw[1], gb1 = gb[0], gb2 = gb[1];
        Arrays.fill(gw1, 0.0);
        Arrays.fill(gw2, 0.0);
        Arrays.fill(gb1, 0.0);
        Arrays.fill(gb2, 0.0);
        for (int r = 0; r < count; r++) { // the coordinates as two columns, for loops over rows
            x0[r] = x[2 * r];
            x1[r] = x[2 * r + 1];
        }
        int ok = 0;
        // a block of rows at a time, in phases: each phase is a loop of independent work (many tanh, then many sums,
        // then many softmaxes), which the processor overlaps, where a row's numbers one after the other make one long
        // chain of dependent operations. The block's hidden values are stored unit by unit (unit j of row r0 + i at
        // j * n + i), so that the loops over rows read and write contiguous numbers, and the backward pass sums each
        // gradient in registers. Every sum still adds its terms in the same order: each gradient over the rows in
        // row order, each output sum over the units in unit order.
        double[] hid = a[0], zb = z[1], pb = a[1]; // z and the class probabilities, two per row
        for (int r0 = 0; r0 < count; r0 += BLOCK) {
            int n = Math.min(count, r0 + BLOCK) - r0;
            hiddenLayer(x0, x1, r0, n, h, w1, b1, hid);
            Tanh.tanh(hid, 0, n * h);
            outputSums(hid, n, h, w2, z0, z1);
            for (int i = 0, q = 0; i < n; i++, q += 2) {
                zb[q] = z0[i] + b2[0];
                zb[q + 1] = z1[i] + b2[1];
                softmax2(zb[q], zb[q + 1], pb, q);
            }
            double s0 = gb2[0], s1 = gb2[1]; // summed in registers: in memory, each row would wait for the last
            for (int i = 0, q = 0; i < n; i++, q += 2) {
                int label = y[r0 + i];
                if (measure) { // as crossEntropySum and correct would find them after forward
                    rowLoss[r0 + i] = Network.crossEntropy(zb, q, 2, label);
                    if (Network.argmax(pb, q, 2) == label) ok++;
                }
                // p - onehot(y) by arithmetic on the label (0 or 1), not a choice: the labels come in random
                // order, and WebAssembly mispredicted the branch TeaVM makes of a choice about every other row
                double one = label, d0 = pb[q] - (1 - one), d1 = pb[q + 1] - one;
                s0 += d0;
                s1 += d1;
                delta0[i] = d0;
                delta1[i] = d1;
            }
            gb2[0] = s0;
            gb2[1] = s1;
            backwardByUnit(r0, n, h, hid, w2, gw1, gb1, gw2);
        }
        if (measure) {
            lossSum = chunkedSum(rowLoss, count);
            correctCount = ok;
        }
    }

    /** hid[j * n + i] = z1 of unit j, row r0 + i: (0 + x0 W1[0][j] + x1 W1[1][j]) + b1[j], as numpy sums it. */
    private static void hiddenLayer(double[] x0, double[] x1, int r0, int n, int h, double[] w1, double[] b1,
                                    double[] hid) {
        for (int j = 0, o = 0; j < h; j++, o += n) {
            double u = w1[j], v = w1[h + j], b = b1[j];
            for (int i = 0; i < n; i++) hid[o + i] = (0.0 + x0[r0 + i] * u + x1[r0 + i] * v) + b;
        }
    }

    /** z0[i], z1[i] = the block's rows' output sums over the units, in unit order from 0 (the bias comes after). */
    private static void outputSums(double[] hid, int n, int h, double[] w2, double[] z0, double[] z1) {
        Arrays.fill(z0, 0, n, 0.0);
        Arrays.fill(z1, 0, n, 0.0);
        for (int j = 0, o = 0; j < h; j++, o += n) {
            double u = w2[2 * j], v = w2[2 * j + 1];
            for (int i = 0; i < n; i++) {
                double t = hid[o + i];
                z0[i] += t * u;
                z1[i] += t * v;
            }
        }
    }

    /**
     * The block's shares of the gradients, a unit at a time: its five sums run over the rows in row order, in
     * registers, where a loop over a few units per row would spend its time on loop overhead and memory.
     */
    private void backwardByUnit(int r0, int n, int h, double[] hid, double[] w2, double[] gw1, double[] gb1,
                                double[] gw2) {
        double[] d0s = delta0, d1s = delta1, x0s = x0, x1s = x1;
        for (int j = 0, o = 0; j < h; j++, o += n) {
            double u = w2[2 * j], v = w2[2 * j + 1];
            double g20 = gw2[2 * j], g21 = gw2[2 * j + 1], g10 = gw1[j], g11 = gw1[h + j], g1 = gb1[j];
            for (int i = 0; i < n; i++) {
                double t = hid[o + i], d0 = d0s[i], d1 = d1s[i];
                g20 += t * d0;
                g21 += t * d1;
                double dj = (0.0 + d0 * u + d1 * v) * (1 - t * t);
                g10 += x0s[r0 + i] * dj;
                g11 += x1s[r0 + i] * dj;
                g1 += dj;
            }
            gw2[2 * j] = g20;
            gw2[2 * j + 1] = g21;
            gw1[j] = g10;
            gw1[h + j] = g11;
            gb1[j] = g1;
        }
    }

    /** Forward pass for rows idx[from .. from + count) of the data (all rows in order when idx is null). */
    void forward(Dataset d, int[] idx, int from, int count) {
        gather(d, idx, from, count);
        run(count);
    }

    /** The batch's rows and labels into x and y. */
    private void gather(Dataset d, int[] idx, int from, int count) {
        if (count > capacity) throw new IllegalArgumentException("batch of " + count + " rows exceeds " + capacity);
        int dims = d.dims;
        if (idx == null) {
            System.arraycopy(d.x, from * dims, x, 0, count * dims);
            System.arraycopy(d.y, from, y, 0, count);
        } else {
            for (int r = 0; r < count; r++) {
                int row = idx[from + r];
                System.arraycopy(d.x, row * dims, x, r * dims, dims);
                y[r] = d.y[row];
            }
        }
        rows = count;
    }

    /** Forward pass for points {@code from .. from + count) of {@code points} (row-major, unlabelled). */
    void forward(double[] points, int from, int count) {
        if (count > capacity) throw new IllegalArgumentException("batch of " + count + " rows exceeds " + capacity);
        int dims = net.inputs();
        System.arraycopy(points, from * dims, x, 0, count * dims);
        run(count);
    }

    private void run(int count) {
        rows = count;
        int last = net.layers() - 1;
        double[] in = x;
        for (int l = 0; l <= last; l++) {
            affine(in, net.sizes[l], net.w[l], net.b[l], net.sizes[l + 1], z[l], count);
            if (l < last) activate(net.activations[l], z[l], a[l], count * net.sizes[l + 1]);
            else softmaxRows(z[l], a[l], count, net.sizes[l + 1]);
            in = a[l];
        }
    }

    /**
     * z = a W + b for each row: the products summed in input order from 0, then the bias added, as numpy
     * evaluates the article's {@code X.dot(W1) + b1}.
     */
    static void affine(double[] in, int inW, double[] w, double[] b, int out, double[] z, int count) {
        if (inW == 2) { // the article's first layer: two coordinates
            for (int r = 0; r < count; r++) {
                double x0 = in[2 * r], x1 = in[2 * r + 1];
                int o = r * out;
                for (int j = 0; j < out; j++) z[o + j] = (0.0 + x0 * w[j] + x1 * w[out + j]) + b[j];
            }
        } else if (out == 2) { // the article's last layer: two classes, both sums in one sweep of the row
            for (int r = 0; r < count; r++) {
                int o = r * inW;
                double s0 = 0, s1 = 0;
                for (int i = 0; i < inW; i++) {
                    double v = in[o + i];
                    s0 += v * w[2 * i];
                    s1 += v * w[2 * i + 1];
                }
                z[2 * r] = s0 + b[0];
                z[2 * r + 1] = s1 + b[1];
            }
        } else {
            for (int r = 0; r < count; r++) {
                int o = r * inW;
                for (int j = 0; j < out; j++) {
                    double s = 0;
                    for (int i = 0; i < inW; i++) s += in[o + i] * w[i * out + j];
                    z[r * out + j] = s + b[j];
                }
            }
        }
    }

    /** a = g(z) for the first n values. */
    static void activate(Activation g, double[] z, double[] a, int n) {
        switch (g) {
            case TANH:
                System.arraycopy(z, 0, a, 0, n);
                Tanh.tanh(a, 0, n);
                break;
            case SIGMOID:
                for (int k = 0; k < n; k++) a[k] = Fdlibm.sigmoid(z[k]);
                break;
            default:
                for (int k = 0; k < n; k++) a[k] = g.apply(z[k]);
        }
    }

    /** Softmax of each row of z into p. */
    static void softmaxRows(double[] z, double[] p, int count, int classes) {
        if (classes != 2) {
            for (int r = 0; r < count; r++) Network.softmax(z, r * classes, classes, p, r * classes);
            return;
        }
        // Network.softmax's own numbers for two classes: the larger z's exp(0) is 1, the other's is
        // exp(-|z0 - z1|) (a - b is exactly -(b - a)), and the sum is 1 + e either way; one exp, no branch on
        // which class is larger. Infinities and NaN (a diverged run) take the general path, whose NaN says so.
        for (int r = 0; r < count; r++) softmax2(z[2 * r], z[2 * r + 1], p, 2 * r);
    }

    private static void softmax2(double z0, double z1, double[] p, int to) {
        // -|d| as min(d, -d), and d's finiteness as d - d == 0: TeaVM's WebAssembly makes a branch of Math.abs,
        // one the processor mispredicts every other row (the sign follows the class); Math.min is one instruction.
        // Neither changes a bit: where d is finite, so are z0 and z1, and the general softmax, which took any
        // |z0| + |z1| that overflowed, gives those the same numbers
        double d = z0 - z1;
        if (!(d - d == 0)) {
            Network.softmax(new double[] {z0, z1}, 0, 2, p, to);
            return;
        }
        double e = Exp.exp(Math.min(d, -d));
        double sum = 1 + e;
        double big = 1 / sum, small = e / sum;
        boolean first = z0 >= z1;
        p[to] = first ? big : small;
        p[to + 1] = first ? small : big;
    }

    /** Sum of the cross-entropy over the rows of the last forward pass. */
    double crossEntropySum() {
        int last = net.layers() - 1;
        int c = net.classes();
        for (int r = 0; r < rows; r++) rowLoss[r] = Network.crossEntropy(z[last], r * c, c, y[r]);
        return chunkedSum(rowLoss, rows);
    }

    /**
     * v[0] + ... + v[n - 1] summed as {@link Evaluation} sums a data set: {@link Network#CHUNK} rows at a time, then
     * the chunks' sums, so that a loss measured over a whole batch has the bits of one evaluated chunk by chunk.
     */
    private static double chunkedSum(double[] v, int n) {
        double total = 0, s = 0;
        for (int r = 0; r < n; r++) {
            s += v[r];
            if ((r + 1) % Network.CHUNK == 0 || r == n - 1) {
                total += s;
                s = 0;
            }
        }
        return total;
    }

    /** Number of rows of the last forward pass whose most probable class is their label. */
    int correct() {
        int last = net.layers() - 1;
        int c = net.classes();
        int ok = 0;
        for (int r = 0; r < rows; r++) if (Network.argmax(a[last], r * c, c) == y[r]) ok++;
        return ok;
    }

    /**
     * Gradients of the last forward pass into gw and gb: {@code scale} times the summed cross-entropy gradient,
     * plus {@code reg} times W (biases unregularised).
     */
    void backward(double scale, double reg) {
        int count = rows;
        int last = net.layers() - 1;
        int c = net.classes();
        double[] dl = delta[last];
        System.arraycopy(a[last], 0, dl, 0, count * c);
        for (int r = 0; r < count; r++) dl[r * c + y[r]] -= 1;
        for (int l = last; l >= 0; l--) {
            int in = net.sizes[l], out = net.sizes[l + 1];
            double[] prev = l == 0 ? x : a[l - 1];
            outerProduct(prev, in, delta[l], out, count, gw[l], gb[l]);
            // delta_{l-1} = delta_l W_l^T * g'(z_{l-1}), with the weights before this step's update
            if (l > 0) backDelta(delta[l], out, net.w[l], in, count, net.activations[l - 1], z[l - 1], a[l - 1], delta[l - 1]);
        }
        finishGradients(scale, reg);
    }

    /** The summed data gradients times {@code scale}, plus {@code reg} times W (biases unregularised). */
    private void finishGradients(double scale, double reg) {
        for (int l = 0; l < net.layers(); l++) {
            double[] wl = net.w[l], gwl = gw[l], gbl = gb[l];
            if (scale == 1.0) {
                for (int k = 0; k < gwl.length; k++) gwl[k] = gwl[k] + reg * wl[k];
            } else {
                for (int k = 0; k < gwl.length; k++) gwl[k] = gwl[k] * scale + reg * wl[k];
                for (int j = 0; j < gbl.length; j++) gbl[j] *= scale;
            }
        }
    }

    /** gw = prev^T d and gb = the column sums of d, each entry summed over the rows in order from 0. */
    private static void outerProduct(double[] prev, int in, double[] d, int out, int count, double[] gw, double[] gb) {
        Arrays.fill(gw, 0.0);
        Arrays.fill(gb, 0.0);
        if (in == 2) { // the article's first layer
            for (int r = 0; r < count; r++) {
                double x0 = prev[2 * r], x1 = prev[2 * r + 1];
                int dOff = r * out;
                for (int j = 0; j < out; j++) {
                    double dj = d[dOff + j];
                    gw[j] += x0 * dj;
                    gw[out + j] += x1 * dj;
                    gb[j] += dj;
                }
            }
            return;
        }
        if (out == 2) {
            for (int r = 0; r < count; r++) {
                double d0 = d[2 * r], d1 = d[2 * r + 1];
                int o = r * in;
                for (int i = 0; i < in; i++) {
                    double p = prev[o + i];
                    gw[2 * i] += p * d0;
                    gw[2 * i + 1] += p * d1;
                }
                gb[0] += d0;
                gb[1] += d1;
            }
            return;
        }
        for (int r = 0; r < count; r++) {
            int o = r * in, dOff = r * out;
            for (int i = 0; i < in; i++) {
                double p = prev[o + i];
                int g = i * out;
                for (int j = 0; j < out; j++) gw[g + j] += p * d[dOff + j];
            }
            for (int j = 0; j < out; j++) gb[j] += d[dOff + j];
        }
    }

    /** dIn = (d W^T) * g'(z), g' from a = g(z) where it can be: the activation chosen once, outside the loops. */
    private static void backDelta(double[] d, int out, double[] w, int in, int count, Activation g, double[] z, double[] a,
                                  double[] dIn) {
        for (int r = 0; r < count; r++) {
            int o = r * in, dOff = r * out;
            if (out == 2) {
                double d0 = d[dOff], d1 = d[dOff + 1];
                for (int i = 0; i < in; i++) dIn[o + i] = 0.0 + d0 * w[2 * i] + d1 * w[2 * i + 1];
            } else {
                for (int i = 0; i < in; i++) {
                    double s = 0;
                    for (int j = 0; j < out; j++) s += d[dOff + j] * w[i * out + j];
                    dIn[o + i] = s;
                }
            }
        }
        int n = count * in;
        switch (g) {
            case TANH:
                for (int k = 0; k < n; k++) dIn[k] *= 1 - a[k] * a[k];
                break;
            case SIGMOID:
                for (int k = 0; k < n; k++) dIn[k] = a[k] * (1 - a[k]) * dIn[k]; // product first: TeaVM would print d * a * (1 - a)
                break;
            default:
                for (int k = 0; k < n; k++) dIn[k] *= g.derivative(z[k], a[k]);
        }
    }
}

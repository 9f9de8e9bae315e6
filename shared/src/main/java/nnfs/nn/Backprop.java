package nnfs.nn;

import nnfs.data.Dataset;
import nnfs.math.Exp;
import nnfs.math.Fdlibm;
import nnfs.math.Tanh;

/**
 * Forward and backward propagation over a batch of rows, with its buffers allocated once: the hot loop of
 * training. The batch's rows are first gathered into one contiguous block; the forward pass runs layer by layer;
 * the gradients come from a {@link GradientKernel} chosen once for the network (the article's shape has a fused
 * loop of its own). Every sum adds its terms in the same order, starting from 0, so a number is the same whichever
 * loop computes it.
 */
final class Backprop {
    final Network net;
    private final int capacity;
    private final GradientKernel kernel;
    /** The batch's inputs (row-major, {@code inputs} per row) and labels, gathered from the data set. */
    final double[] x;
    final int[] y;
    /** Each row's cross-entropy, when a loss is measured. */
    final double[] rowLoss;
    /** z[l] and a[l]: the layer-l pre-activations and outputs of every row of the batch, row-major. */
    final double[][] z;
    final double[][] a;
    final double[][] delta;
    final double[][] gw;
    final double[][] gb;
    int rows;

    Backprop(Network net, int capacity) {
        this(net, capacity, GradientKernel.of(net, capacity));
    }

    /** With a kernel of the caller's choice: the tests compare the two on one network. */
    Backprop(Network net, int capacity, GradientKernel kernel) {
        this.net = net;
        this.capacity = capacity;
        this.kernel = kernel;
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
    }

    /**
     * One gradient step's gradients for rows idx[from .. from + count) of the data, by the network's kernel.
     * With {@code measure}, also the summed cross-entropy and the correct count of the weights as they are (before
     * the step), into {@link #lossSum} and {@link #correctCount}: the forward pass computes them anyway, and these
     * numbers are the ones {@link Evaluation} gives, bit for bit.
     */
    void gradients(Dataset d, int[] idx, int from, int count, double scale, double reg, boolean measure) {
        gather(d, idx, from, count);
        kernel.sumGradients(this, count, measure);
        finishGradients(scale, reg);
    }

    /**
     * Gradients of the last forward pass into gw and gb: {@code scale} times the summed cross-entropy gradient,
     * plus {@code reg} times W (biases unregularised).
     */
    void backward(double scale, double reg) {
        LayerKernel.backward(this);
        finishGradients(scale, reg);
    }

    /** What the last measuring {@link #gradients} found. */
    double lossSum;
    int correctCount;

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

    /** The forward pass of the gathered rows, layer by layer. */
    void run(int count) {
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

    /** The two-class softmax of one row: Network.softmax's numbers with one exp. */
    static void softmax2(double z0, double z1, double[] p, int to) {
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
    static double chunkedSum(double[] v, int n) {
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
}

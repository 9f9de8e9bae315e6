package nnfs.nn;

import nnfs.data.Dataset;

/**
 * Forward and backward propagation over a batch of rows, with its buffers allocated once: the hot loop of
 * training. The backward pass is the article's: delta_L = probs - onehot(y), dW_l = a_{l-1}^T delta_l,
 * db_l = sum of delta_l over the rows, delta_{l-1} = delta_l W_l^T * g'(z_{l-1}).
 */
final class Backprop {
    private final Network net;
    private final int capacity;
    /** z[l] and a[l]: the layer-l pre-activations and outputs of every row of the batch, row-major. */
    final double[][] z;
    final double[][] a;
    final double[][] delta;
    final double[][] gw;
    final double[][] gb;

    Backprop(Network net, int capacity) {
        this.net = net;
        this.capacity = capacity;
        int layers = net.layers();
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

    /** Forward pass for rows idx[from .. from + count) of the data (all rows in order when idx is null). */
    void forward(Dataset d, int[] idx, int from, int count) {
        if (count > capacity) throw new IllegalArgumentException("batch of " + count + " rows exceeds " + capacity);
        int layers = net.layers();
        for (int r = 0; r < count; r++) {
            int row = idx == null ? from + r : idx[from + r];
            double[] in = d.x;
            int inOff = row * d.dims;
            for (int l = 0; l < layers; l++) {
                int out = net.sizes[l + 1];
                net.affine(l, in, inOff, z[l], r * out);
                if (l < layers - 1) {
                    net.activate(l, z[l], r * out, a[l], r * out, out);
                } else {
                    Network.softmax(z[l], r * out, out, a[l], r * out);
                }
                in = a[l];
                inOff = r * out;
            }
        }
    }

    /** Sum of the cross-entropy over the rows of the last forward pass. */
    double crossEntropySum(Dataset d, int[] idx, int from, int count) {
        int last = net.layers() - 1;
        int c = net.classes();
        double s = 0;
        for (int r = 0; r < count; r++) {
            int row = idx == null ? from + r : idx[from + r];
            s += Network.crossEntropy(z[last], r * c, c, d.y[row]);
        }
        return s;
    }

    /** Number of rows of the last forward pass whose most probable class is their label. */
    int correct(Dataset d, int[] idx, int from, int count) {
        int last = net.layers() - 1;
        int c = net.classes();
        int ok = 0;
        for (int r = 0; r < count; r++) {
            int row = idx == null ? from + r : idx[from + r];
            if (Network.argmax(a[last], r * c, c) == d.y[row]) ok++;
        }
        return ok;
    }

    /**
     * Gradients of the last forward pass into gw and gb: {@code scale} times the summed cross-entropy gradient,
     * plus {@code reg} times W (biases unregularised).
     */
    void backward(Dataset d, int[] idx, int from, int count, double scale, double reg) {
        int last = net.layers() - 1;
        int c = net.classes();
        double[] dl = delta[last];
        System.arraycopy(a[last], 0, dl, 0, count * c);
        for (int r = 0; r < count; r++) {
            int row = idx == null ? from + r : idx[from + r];
            dl[r * c + d.y[row]] -= 1;
        }
        for (int l = last; l >= 0; l--) {
            int in = net.sizes[l], out = net.sizes[l + 1];
            double[] dOut = delta[l];
            double[] gwl = gw[l], gbl = gb[l];
            java.util.Arrays.fill(gwl, 0.0);
            java.util.Arrays.fill(gbl, 0.0);
            for (int r = 0; r < count; r++) {
                double[] prev;
                int prevOff;
                if (l == 0) {
                    prev = d.x;
                    prevOff = (idx == null ? from + r : idx[from + r]) * d.dims;
                } else {
                    prev = a[l - 1];
                    prevOff = r * in;
                }
                int dOff = r * out;
                for (int i = 0; i < in; i++) {
                    double p = prev[prevOff + i];
                    for (int j = 0; j < out; j++) gwl[i * out + j] += p * dOut[dOff + j];
                }
                for (int j = 0; j < out; j++) gbl[j] += dOut[dOff + j];
            }
            if (l > 0) {
                // delta_{l-1} = delta_l W_l^T * g'(z_{l-1}), with the weights before this step's update
                double[] wl = net.w[l];
                double[] dIn = delta[l - 1];
                double[] zl = z[l - 1], al = a[l - 1];
                Activation g = net.activations[l - 1];
                for (int r = 0; r < count; r++) {
                    for (int i = 0; i < in; i++) {
                        double s = 0;
                        for (int j = 0; j < out; j++) s += dOut[r * out + j] * wl[i * out + j];
                        dIn[r * in + i] = s * g.derivative(zl[r * in + i], al[r * in + i]);
                    }
                }
            }
            double[] wl = net.w[l];
            for (int k = 0; k < gwl.length; k++) gwl[k] = scaled(gwl[k], scale) + reg * wl[k];
            if (scale != 1.0) for (int j = 0; j < out; j++) gbl[j] *= scale;
        }
    }

    private static double scaled(double v, double scale) {
        return scale == 1.0 ? v : v * scale;
    }
}

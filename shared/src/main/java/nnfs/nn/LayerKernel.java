package nnfs.nn;

import java.util.Arrays;

/**
 * The general pass, any network: forward layer by layer over the whole batch ({@link Backprop#run}), then back:
 * delta_L = probs - onehot(y), dW_l = a_{l-1}^T delta_l, db_l = sum of delta_l over the rows,
 * delta_{l-1} = delta_l W_l^T * g'(z_{l-1}). Each layer runs over the whole batch at once, the activation chosen once
 * per layer, the article's shapes (2 inputs, 2 classes) unrolled; every sum in the same order, from 0.
 */
final class LayerKernel implements GradientKernel {
    static final LayerKernel INSTANCE = new LayerKernel();

    private LayerKernel() {}

    @Override
    public void sumGradients(Backprop b, int count, boolean measure) {
        b.run(count);
        if (measure) {
            b.lossSum = b.crossEntropySum();
            b.correctCount = b.correct();
        }
        backward(b);
    }

    /** The summed data gradients of the last forward pass into gw and gb: the article's backward pass. */
    static void backward(Backprop b) {
        Network net = b.net;
        int count = b.rows;
        double[] x = b.x;
        int[] y = b.y;
        double[][] z = b.z, a = b.a, delta = b.delta, gw = b.gw, gb = b.gb;
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

package nnfs.nn;

import java.util.Arrays;
import nnfs.math.Tanh;

/**
 * The article's network (2 inputs, one tanh layer, 2 classes), forward and backward together a block of rows at a
 * time: the block's numbers stay in the cache instead of sweeping the batch's buffers five times. Written for speed
 * without changing a bit: every sum adds the same terms in the same order as {@link LayerKernel}'s, which
 * {@code BackpropTest} checks.
 */
final class ArticleKernel implements GradientKernel {
    /** The coordinates as columns, a block's output sums and output deltas. */
    private final double[] x0, x1, z0, z1, delta0, delta1;

    ArticleKernel(int capacity) {
        x0 = new double[capacity];
        x1 = new double[capacity];
        int block = Math.min(capacity, BLOCK);
        z0 = new double[block];
        z1 = new double[block];
        delta0 = new double[block];
        delta1 = new double[block];
    }

    /** Whether this kernel computes the network: the article's shape. */
    static boolean fits(Network net) {
        return net.layers() == 2 && net.inputs() == 2 && net.classes() == 2 && net.activations[0] == Activation.TANH;
    }

    /**
     * Rows the article's fused loop takes at a time. Each phase's loops stream through a unit's values for the
     * block's rows; shorter blocks spend their time starting loops (measured in docs/speed.md).
     */
    private static final int BLOCK = 256;

    /** The article's network, forward and backward a block of rows at a time: gw and gb summed over the rows. */
    @Override
    public void sumGradients(Backprop b, int count, boolean measure) {
        Network net = b.net;
        double[] x = b.x, rowLoss = b.rowLoss;
        int[] y = b.y;
        double[][] gw = b.gw, gb = b.gb;
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
        double[] hid = b.a[0], zb = b.z[1], pb = b.a[1]; // z and the class probabilities, two per row
        for (int r0 = 0; r0 < count; r0 += BLOCK) {
            int n = Math.min(count, r0 + BLOCK) - r0;
            hiddenLayer(x0, x1, r0, n, h, w1, b1, hid);
            Tanh.tanh(hid, 0, n * h);
            outputSums(hid, n, h, w2, z0, z1);
            for (int i = 0, q = 0; i < n; i++, q += 2) {
                zb[q] = z0[i] + b2[0];
                zb[q + 1] = z1[i] + b2[1];
                Backprop.softmax2(zb[q], zb[q + 1], pb, q);
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
            b.lossSum = Backprop.chunkedSum(rowLoss, count);
            b.correctCount = ok;
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
}

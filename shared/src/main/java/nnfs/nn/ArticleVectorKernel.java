package nnfs.nn;

import java.util.Arrays;
import nnfs.math.Exp;
import nnfs.math.Tanh;

/**
 * {@link ArticleKernel}'s loop written for a JIT that vectorises (HotSpot's), with the same bits: the article's
 * network a block of rows at a time, every sum adding the same terms in the same order as {@link LayerKernel}'s, which
 * {@code BackpropTest} checks.
 *
 * <p>Written for the JIT's vector instructions: each loop runs over one index with every array read and written at
 * that same index (HotSpot's loop vectoriser packs nothing else), does the same arithmetic for each element, and is
 * small enough to unroll. The forward pass goes over the block's rows, unit by unit. With many units the backward
 * pass goes over the units, row by row, so that the gradients are sums in memory over the rows in row order (a loop
 * over rows sums in one chain of dependent adds); with few, over the rows, unit by unit, each unit's deltas first
 * in a vector loop and its five sums then in registers. docs/speed.md has the measurements.
 */
final class ArticleVectorKernel implements GradientKernel {
    /**
     * Rows the article's fused loop takes at a time. Each phase's loops stream through a unit's values for the
     * block's rows; shorter blocks spend their time starting loops (measured in docs/speed.md).
     */
    private static final int BLOCK = 256;
    /**
     * From this many hidden units on, the backward pass runs over the units, vectorised, from the block transposed;
     * below it over the rows, its sums in registers (measured: up to 32 units that is as fast or faster, from 40 on
     * slower).
     */
    static final int BY_ROW_FROM = 40;

    private final int h;
    /** Whether the backward pass runs by row ({@link #BY_ROW_FROM}). */
    private final boolean byRow;
    /** The block's coordinates as two columns; its output sums, their softmax's probabilities and its deltas. */
    private final double[] x0, x1, z0, z1, p0, p1, delta0, delta1;
    /** hid[j][i]: unit j's value for the block's row i; rows[i][j] the same numbers row by row. */
    private final double[][] hid, rows;
    /** Working arrays: tanh's and exp's, and the backward pass's deltas. */
    private final double[] ta, tl;
    /** W2's two columns, and the gradients' sums unit by unit (the backward pass by rows). */
    private final double[] u, v, g20, g21, g10, g11, g1;

    ArticleVectorKernel(Network net, int capacity) {
        h = net.sizes[1];
        int block = Math.min(capacity, BLOCK);
        x0 = new double[block];
        x1 = new double[block];
        z0 = new double[block];
        z1 = new double[block];
        p0 = new double[block];
        p1 = new double[block];
        delta0 = new double[block];
        delta1 = new double[block];
        ta = new double[Math.max(block, h)]; // also the backward pass's deltas: one per row, or one per unit
        tl = new double[block];
        hid = new double[h][block];
        byRow = h >= BY_ROW_FROM;
        rows = new double[byRow ? block : 0][h];
        int units = byRow ? h : 0;
        u = new double[units];
        v = new double[units];
        g20 = new double[units];
        g21 = new double[units];
        g10 = new double[units];
        g11 = new double[units];
        g1 = new double[units];
    }

    /** The article's network, forward and backward a block of rows at a time: gw and gb summed over the rows. */
    @Override
    public void sumGradients(Backprop b, int count, boolean measure) {
        Network net = b.net;
        double[] x = b.x, rowLoss = b.rowLoss;
        int[] y = b.y;
        double[] w1 = net.w[0], b1 = net.b[0], w2 = net.w[1], b2 = net.b[1];
        double[] gw1 = b.gw[0], gw2 = b.gw[1], gb1 = b.gb[0], gb2 = b.gb[1];
        Arrays.fill(gb2, 0.0);
        if (byRow) { // the sums start from g20 .. g1, copied into gw and gb at the end
            for (int j = 0; j < h; j++) {
                u[j] = w2[2 * j];
                v[j] = w2[2 * j + 1];
            }
            Arrays.fill(g20, 0.0);
            Arrays.fill(g21, 0.0);
            Arrays.fill(g10, 0.0);
            Arrays.fill(g11, 0.0);
            Arrays.fill(g1, 0.0);
        } else { // by unit, from gw and gb themselves
            Arrays.fill(gw1, 0.0);
            Arrays.fill(gw2, 0.0);
            Arrays.fill(gb1, 0.0);
        }
        int ok = 0;
        double[] zb = b.z[1], pb = b.a[1]; // z and the class probabilities, two per row
        for (int r0 = 0; r0 < count; r0 += BLOCK) {
            int n = Math.min(count, r0 + BLOCK) - r0;
            for (int i = 0; i < n; i++) { // the coordinates as two columns, for loops over rows
                x0[i] = x[2 * (r0 + i)];
                x1[i] = x[2 * (r0 + i) + 1];
            }
            for (int j = 0; j < h; j++) {
                hiddenUnit(n, w1[j], w1[h + j], b1[j], hid[j]);
                Tanh.tanhOfSums(hid[j], 0, n, ta, tl);
            }
            outputSums(n, w2);
            softmaxes(n, b2[0], b2[1]);
            double s0 = gb2[0], s1 = gb2[1]; // summed in registers: in memory, each row would wait for the last
            for (int i = 0, q = 2 * r0; i < n; i++, q += 2) {
                double a0 = z0[i], a1 = z1[i], q0, q1;
                if (a0 - a1 - (a0 - a1) == 0) { // softmax2's choice of which class is the more probable
                    boolean first = a0 >= a1;
                    q0 = first ? p0[i] : p1[i];
                    q1 = first ? p1[i] : p0[i];
                } else { // outputs infinitely far apart, or NaN: softmax2's own path
                    Backprop.softmax2(a0, a1, pb, q);
                    q0 = pb[q];
                    q1 = pb[q + 1];
                }
                int label = y[r0 + i];
                if (measure) { // as crossEntropySum and correct would find them after forward
                    zb[q] = a0;
                    zb[q + 1] = a1;
                    pb[q] = q0;
                    pb[q + 1] = q1;
                    rowLoss[r0 + i] = Network.crossEntropy(zb, q, 2, label);
                    if (Network.argmax(pb, q, 2) == label) ok++;
                }
                // p - onehot(y) by arithmetic on the label (0 or 1), not a choice: see ArticleKernel
                double o = label, d0 = q0 - (1 - o), d1 = q1 - o;
                s0 += d0;
                s1 += d1;
                delta0[i] = d0;
                delta1[i] = d1;
            }
            gb2[0] = s0;
            gb2[1] = s1;
            if (byRow) backwardByRow(n);
            else backwardByUnit(n, w2, gw1, gb1, gw2);
        }
        if (byRow) {
            for (int j = 0; j < h; j++) {
                gw2[2 * j] = g20[j];
                gw2[2 * j + 1] = g21[j];
                gw1[j] = g10[j];
                gw1[h + j] = g11[j];
                gb1[j] = g1[j];
            }
        }
        if (measure) {
            b.lossSum = Backprop.chunkedSum(rowLoss, count);
            b.correctCount = ok;
        }
    }

    /** z[i] = z1 of one unit for the block's row i: (0 + x0 W1[0][j] + x1 W1[1][j]) + b1[j], as numpy sums it. */
    private void hiddenUnit(int n, double w0, double w1, double bias, double[] z) {
        double[] c0 = x0, c1 = x1;
        for (int i = 0; i < n; i++) z[i] = (0.0 + c0[i] * w0 + c1[i] * w1) + bias;
    }

    /** z0[i], z1[i] = the block's rows' output sums over the units, in unit order from 0 (the bias comes after). */
    private void outputSums(int n, double[] w2) {
        double[] s0 = z0, s1 = z1;
        Arrays.fill(s0, 0, n, 0.0);
        Arrays.fill(s1, 0, n, 0.0);
        int j = 0;
        for (; j + 1 < h; j += 2) { // two units a sweep: half the sums' loads and stores, the same order
            double[] t = hid[j], q = hid[j + 1];
            double a = w2[2 * j], c = w2[2 * j + 1], e = w2[2 * j + 2], f = w2[2 * j + 3];
            for (int i = 0; i < n; i++) {
                s0[i] = s0[i] + t[i] * a + q[i] * e;
                s1[i] = s1[i] + t[i] * c + q[i] * f;
            }
        }
        for (; j < h; j++) {
            double[] t = hid[j];
            double a = w2[2 * j], c = w2[2 * j + 1];
            for (int i = 0; i < n; i++) {
                s0[i] += t[i] * a;
                s1[i] += t[i] * c;
            }
        }
    }

    /**
     * The block's output sums plus the biases into z0 and z1, and the two probabilities Backprop.softmax2 finds for
     * each row, the larger into p0 and the other into p1: its numbers, computed in loops the JIT vectorises (the
     * exp's table an element at a time). Which class gets which is the caller's choice, as in softmax2; rows whose
     * outputs are infinitely far apart, or NaN, take softmax2's own path, and their numbers here are not used.
     */
    private void softmaxes(int n, double c0, double c1) {
        double[] s0 = z0, s1 = z1, e = p1, larger = p0;
        for (int i = 0; i < n; i++) {
            double a0 = s0[i] + c0, a1 = s1[i] + c1, d = a0 - a1;
            s0[i] = a0;
            s1[i] = a1;
            e[i] = Math.min(d, -d);
        }
        Exp.expOfNonPositive(e, 0, n, ta, tl);
        for (int i = 0; i < n; i++) {
            double sum = 1 + e[i];
            larger[i] = 1 / sum;
            e[i] = e[i] / sum;
        }
    }

    /**
     * The block's shares of the gradients, a unit at a time: the unit's deltas for the block's rows in a vector loop,
     * then its five sums over the rows in row order, in registers. For a few units, where a loop over the units is
     * too short to vectorise.
     */
    private void backwardByUnit(int n, double[] w2, double[] gw1, double[] gb1, double[] gw2) {
        double[] d0s = delta0, d1s = delta1, x0s = x0, x1s = x1, djs = ta;
        for (int j = 0; j < h; j++) {
            double[] t = hid[j];
            double a = w2[2 * j], c = w2[2 * j + 1];
            double g20 = gw2[2 * j], g21 = gw2[2 * j + 1], g10 = gw1[j], g11 = gw1[h + j], g1 = gb1[j];
            for (int i = 0; i < n; i++) { // the unit's deltas, a vector loop
                double s = t[i];
                djs[i] = (0.0 + d0s[i] * a + d1s[i] * c) * (1 - s * s);
            }
            for (int i = 0; i < n; i++) {
                double s = t[i], dj = djs[i];
                g20 += s * d0s[i];
                g21 += s * d1s[i];
                g10 += x0s[i] * dj;
                g11 += x1s[i] * dj;
                g1 += dj;
            }
            gw2[2 * j] = g20;
            gw2[2 * j + 1] = g21;
            gw1[j] = g10;
            gw1[h + j] = g11;
            gb1[j] = g1;
        }
    }

    /** rows[i][j] = hid[j][i]: four units at a time, so that each row's four numbers are stored side by side. */
    private void transpose(int n) {
        int j = 0;
        for (; j + 3 < h; j += 4) {
            double[] a = hid[j], b = hid[j + 1], c = hid[j + 2], d = hid[j + 3];
            for (int i = 0; i < n; i++) {
                double[] r = rows[i];
                r[j] = a[i];
                r[j + 1] = b[i];
                r[j + 2] = c[i];
                r[j + 3] = d[i];
            }
        }
        for (; j < h; j++) {
            double[] t = hid[j];
            for (int i = 0; i < n; i++) rows[i][j] = t[i];
        }
    }

    /**
     * The block's shares of the gradients, a row at a time, each row's terms added to the units' sums in loops over
     * the units: the same sums, in the same row order. Two short loops, not one: the JIT vectorises a loop only when
     * its body is small enough to unroll.
     */
    private void backwardByRow(int n) {
        transpose(n);
        double[] a = u, c = v, s20 = g20, s21 = g21, s10 = g10, s11 = g11, s1 = g1, dj = ta;
        for (int i = 0; i < n; i++) {
            double[] r = rows[i];
            double d0 = delta0[i], d1 = delta1[i], xi = x0[i], yi = x1[i];
            for (int j = 0; j < h; j++) {
                double t = r[j];
                dj[j] = (0.0 + d0 * a[j] + d1 * c[j]) * (1 - t * t);
                s20[j] += t * d0;
                s21[j] += t * d1;
            }
            for (int j = 0; j < h; j++) {
                double d = dj[j];
                s10[j] += xi * d;
                s11[j] += yi * d;
                s1[j] += d;
            }
        }
    }
}

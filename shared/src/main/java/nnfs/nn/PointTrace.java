package nnfs.nn;

import nnfs.data.Dataset;
import nnfs.text.Msg;
import nnfs.text.Problem;

/**
 * One point followed through the network, in the article's variables: the forward pass z1 = x W1 + b1,
 * a1 = tanh(z1), ..., probs = softmax(zL), the point's loss term -log probs[y]; and the backward pass
 * delta_L = probs - onehot(y), delta_l = delta_{l+1} W_{l+1}^T * g'(z_l), with the point's share of every
 * gradient, dW_l = a_{l-1}^T delta_l and db_l = delta_l (before the L2 term, which belongs to no point).
 *
 * <p>The numbers are computed by the training's own code ({@link Backprop} on a batch of this one row), so they
 * are bit for bit the numbers training uses.
 */
public final class PointTrace {
    /** The point's coordinates. */
    public final double[] x;
    /** The class the backward pass takes as the point's label. */
    public final int label;
    /** Per layer l = 0 .. L-1 (the article's z1, z2, ...): pre-activations. */
    public final double[][] z;
    /** Per layer: activations; the last layer's are the class probabilities. */
    public final double[][] a;
    /** -log probs[label]. */
    public final double loss;
    /** Per layer: the article's delta (delta3 for the output, delta2 for the hidden layer, in its numbering). */
    public final double[][] delta;
    /** Per layer: this point's contribution to dW, sizes[l] x sizes[l+1] row-major. */
    public final double[][] dW;
    /** Per layer: this point's contribution to db. */
    public final double[][] db;

    private PointTrace(double[] x, int label, double[][] z, double[][] a, double loss, double[][] delta, double[][] dW, double[][] db) {
        this.x = x;
        this.label = label;
        this.z = z;
        this.a = a;
        this.loss = loss;
        this.delta = delta;
        this.dW = dW;
        this.db = db;
    }

    /** Follows {@code x} (one point of {@code net.inputs()} coordinates) with label {@code label} through {@code net}. */
    public static PointTrace of(Network net, double[] x, int label) {
        if (x.length != net.inputs()) throw Problem.of(Msg.TRACE_INPUTS, net.inputs(), x.length);
        if (label < 0 || label >= net.classes()) {
            throw Problem.of(Msg.TRACE_LABEL, net.classes() - 1, label);
        }
        int[] y = {label};
        Dataset one = new Dataset(net.inputs(), net.classes(), x.clone(), y);
        Backprop bp = new Backprop(net, 1);
        bp.forward(one, null, 0, 1);
        double loss = bp.crossEntropySum();
        bp.backward(1.0, 0.0);
        int layers = net.layers();
        double[][] z = new double[layers][], a = new double[layers][], delta = new double[layers][];
        double[][] dW = new double[layers][], db = new double[layers][];
        for (int l = 0; l < layers; l++) {
            z[l] = bp.z[l].clone();
            a[l] = bp.a[l].clone();
            delta[l] = bp.delta[l].clone();
            dW[l] = bp.gw[l].clone();
            db[l] = bp.gb[l].clone();
        }
        return new PointTrace(x.clone(), label, z, a, loss, delta, dW, db);
    }
}

package nnfs.nn;

import nnfs.text.Msg;
import nnfs.text.Problem;

/**
 * What every layer outputs for many points at once: the hidden units' activations and the class probabilities,
 * computed by the training's own forward pass (so a unit's map shows exactly what training sees).
 */
public final class LayerOutputs {
    private static final int CHUNK = Network.CHUNK;

    private LayerOutputs() {}

    /**
     * The outputs of every layer for the {@code n} points in {@code x} (row-major, {@code net.inputs()} numbers
     * each): out[l][r * units + j] is unit j of layer l (0-based; the last layer is the softmax) for point r.
     */
    public static double[][] of(Network net, double[] x, int n) {
        if (n < 0 || x.length != (long) n * net.inputs()) {
            throw Problem.of(Msg.LAYER_POINTS, n, net.inputs(), x.length);
        }
        int layers = net.layers();
        double[][] out = new double[layers][];
        for (int l = 0; l < layers; l++) out[l] = new double[n * net.sizes[l + 1]];
        if (n == 0) return out;
        Backprop bp = new Backprop(net, Math.min(CHUNK, n));
        for (int from = 0; from < n; from += CHUNK) {
            int count = Math.min(CHUNK, n - from);
            bp.forward(x, from, count);
            for (int l = 0; l < layers; l++) {
                int units = net.sizes[l + 1];
                System.arraycopy(bp.a[l], 0, out[l], from * units, count * units);
            }
        }
        return out;
    }
}

package nnfs.grid;

import nnfs.nn.LayerOutputs;
import nnfs.nn.Network;
import nnfs.text.Msg;
import nnfs.text.Problem;

/**
 * Every unit's output over the plane: a small map per hidden unit (its activation) and per class (its
 * probability), the pictures a network diagram draws in its nodes. Cells are pixel centres of a w x h image of
 * the bounds, top row first, as {@link DecisionGrid#pixels} lays them out.
 */
public final class UnitMaps {
    /** Beyond this many values (units x cells) the maps cost more than they show. */
    public static final long MAX_VALUES = 2_000_000;

    private UnitMaps() {}

    /**
     * The maps one after another, layer by layer and unit by unit: values[(u * h + j) * w + i] for the u-th unit
     * counted over all layers (hidden layers first, then the classes).
     */
    public static double[] of(Network net, DecisionGrid.Bounds b, int w, int h) {
        if (net.inputs() != 2) throw Problem.of(Msg.MAPS_INPUTS, net.inputs());
        if (w < 1 || h < 1) throw Problem.of(Msg.MAPS_SIZE, w, h);
        long units = 0;
        for (int l = 1; l < net.sizes.length; l++) units += net.sizes[l];
        if (units * w * h > MAX_VALUES) {
            throw Problem.of(Msg.MAPS_TOO_MANY, units, w, h, MAX_VALUES);
        }
        int cells = w * h;
        double[] x = new double[2 * cells];
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                x[2 * (j * w + i)] = b.pixelX(i, w);
                x[2 * (j * w + i) + 1] = b.pixelY(j, h);
            }
        }
        double[][] out = LayerOutputs.of(net, x, cells);
        double[] maps = new double[(int) (units * cells)];
        int u0 = 0;
        for (int l = 0; l < out.length; l++) {
            int k = net.sizes[l + 1];
            for (int c = 0; c < cells; c++) {
                for (int j = 0; j < k; j++) maps[(u0 + j) * cells + c] = out[l][c * k + j];
            }
            u0 += k;
        }
        return maps;
    }
}

package nnfs.grid;

import static org.junit.jupiter.api.Assertions.*;

import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;
import nnfs.nn.Activation;
import nnfs.nn.Network;
import nnfs.nn.PointTrace;
import org.junit.jupiter.api.Test;

class UnitMapsTest {
    @Test
    void eachHiddenUnitsMapIsItsActivationAndEachClassMapItsProbability() {
        Dataset moons = DatasetSpec.article().generate();
        Network net = Network.initialise(new int[] {2, 4, 3, 2}, new Activation[] {Activation.TANH, Activation.RELU}, 3);
        DecisionGrid.Bounds b = DecisionGrid.Bounds.around(moons, 0.5);
        int w = 13, h = 7, cells = w * h;
        double[] maps = UnitMaps.of(net, b, w, h);
        assertEquals((4 + 3 + 2) * cells, maps.length);
        DecisionGrid g = DecisionGrid.pixels(net, b, w, h);
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                int c = j * w + i;
                PointTrace tr = PointTrace.of(net, new double[] {b.pixelX(i, w), b.pixelY(j, h)}, 0);
                for (int u = 0; u < 4; u++) assertEquals(tr.a[0][u], maps[u * cells + c], 0.0);
                for (int u = 0; u < 3; u++) assertEquals(tr.a[1][u], maps[(4 + u) * cells + c], 0.0);
                for (int k = 0; k < 2; k++) assertEquals(g.probabilityAt(i, j, k), maps[(7 + k) * cells + c], 0.0);
            }
        }
    }

    @Test
    void tooManyValuesAreRefusedBeforeAnythingIsComputed() {
        Network net = Network.initialise(new int[] {2, 1000, 1000, 2}, new Activation[] {Activation.TANH, Activation.TANH}, 0);
        DecisionGrid.Bounds b = new DecisionGrid.Bounds(0, 1, 0, 1);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UnitMaps.of(net, b, 100, 100)).getMessage().contains("more than"));
    }
}

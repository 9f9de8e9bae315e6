package nnfs.grid;

import static org.junit.jupiter.api.Assertions.*;

import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;
import nnfs.math.Numpy;
import nnfs.nn.Network;
import nnfs.nn.Training;
import nnfs.nn.TrainingSettings;
import org.junit.jupiter.api.Test;

class DecisionGridTest {

    @Test
    void theArticlesGridFollowsNumpysArange() {
        double[] a = Numpy.arange(-1.5, -1.45, 0.01);
        assertEquals(6, a.length, "ceil(0.05 / 0.01) elements: the quotient is 5.000000000000004, as numpy computes it");
        double delta = (-1.5 + 0.01) - -1.5;
        assertEquals(-1.5 + 3 * delta, a[3], 0.0);
        assertEquals(0, Numpy.arange(1, 1, 0.1).length);
    }

    @Test
    void aTrainedNetworkPredictsEachMoonOnItsSide() {
        Dataset moons = DatasetSpec.article().generate();
        Training t = Training.article(moons, 3, TrainingSettings.article().withPasses(3000));
        t.runToEnd();
        Network net = t.network();
        DecisionGrid g = DecisionGrid.article(moons, net);
        double[] bx = moons.range(0), by = moons.range(1);
        assertEquals((int) Math.ceil((bx[1] - bx[0] + 1) / 0.01), g.width());
        assertEquals((int) Math.ceil((by[1] - by[0] + 1) / 0.01), g.height());
        // agreement with the network's own predictions at the data points, through the grid's nearest cells
        int agree = 0;
        for (int i = 0; i < moons.n; i++) {
            int ci = (int) Math.round((moons.get(i, 0) - g.xs[0]) / 0.01), cj = (int) Math.round((moons.get(i, 1) - g.ys[0]) / 0.01);
            if (g.classAt(ci, cj) == moons.y[i]) agree++;
        }
        assertTrue(agree >= 190, agree + " of 200 points lie in a cell of their class");
        double p = g.probabilityAt(10, 10, 0) + g.probabilityAt(10, 10, 1);
        assertEquals(1.0, p, 1e-12);
    }

    @Test
    void pixelGridsAreBoundedAndAtPixelCentres() {
        Network net = Network.article(3, 0);
        DecisionGrid g = DecisionGrid.pixels(net, new DecisionGrid.Bounds(0, 4, 0, 2), 4, 2);
        assertArrayEquals(new double[] {0.5, 1.5, 2.5, 3.5}, g.xs, 0.0);
        assertArrayEquals(new double[] {1.5, 0.5}, g.ys, 0.0, "top row first");
        assertThrows(IllegalArgumentException.class, () -> DecisionGrid.pixels(net, new DecisionGrid.Bounds(0, 1, 0, 1), 5000, 5000));
        assertThrows(IllegalArgumentException.class, () -> DecisionGrid.around(DatasetSpec.article().generate(), net, 0.5, 1e-5));
    }
}

package nnfs.grid;

import static org.junit.jupiter.api.Assertions.*;

import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;
import nnfs.nn.Activation;
import nnfs.nn.Network;
import nnfs.nn.PointTrace;
import nnfs.nn.Training;
import nnfs.nn.TrainingSettings;
import org.junit.jupiter.api.Test;

class PlaneWarpTest {
    static final Dataset MOONS = DatasetSpec.article().generate();
    static final DecisionGrid.Bounds B = DecisionGrid.Bounds.around(MOONS, 0.5);

    static Network trained(int[] sizes, Activation[] acts) {
        Network net = Network.initialise(sizes, acts, 0);
        new Training(net, MOONS, null, TrainingSettings.article().withPasses(300), 0, 0).runToEnd();
        return net;
    }

    /**
     * The output's boundary in the last hidden layer's space: every vertex is where the output layer's two z are
     * equal, inside the box of the picture, and the points the network calls class 1 lie on one side of it.
     */
    @Test
    void theOutputsBoundaryIsWhereItsTwoClassesWeighTheSame() {
        for (int h = 1; h <= 3; h++) {
            Network net = trained(new int[] {2, h, 2}, new Activation[] {Activation.TANH});
            PlaneWarp w = PlaneWarp.of(net, 1, B, 9, 20, MOONS);
            int vertices = w.separator.length / h;
            assertTrue(h == 1 ? vertices == 1 : h == 2 ? vertices == 2 : vertices >= 3 && vertices <= 6, h + " units: " + vertices + " vertices");
            double[] lo = new double[h], hi = new double[h];
            java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
            java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
            for (double[] a : new double[][] {w.lines, w.points}) {
                for (int i = 0; i < a.length; i++) { lo[i % h] = Math.min(lo[i % h], a[i]); hi[i % h] = Math.max(hi[i % h], a[i]); }
            }
            for (int v = 0; v < vertices; v++) {
                double z0 = net.b[1][0], z1 = net.b[1][1];
                for (int j = 0; j < h; j++) {
                    double a = w.separator[v * h + j];
                    assertTrue(a >= lo[j] - 1e-12 && a <= hi[j] + 1e-12, "inside the picture's box");
                    z0 += a * net.w[1][j * 2];
                    z1 += a * net.w[1][j * 2 + 1];
                }
                assertEquals(z0, z1, 1e-9 * (1 + Math.abs(z0)), h + " units, vertex " + v);
            }
            // the side of the boundary is the class the network gives (its boundary and the plot's are one)
            double[] n = new double[h];
            for (int j = 0; j < h; j++) n[j] = net.w[1][j * 2 + 1] - net.w[1][j * 2];
            for (int i = 0; i < MOONS.n; i++) {
                double side = 0;
                for (int j = 0; j < h; j++) side += (w.points[i * h + j] - w.separator[j]) * n[j];
                int predicted = net.predict(new double[] {MOONS.x[2 * i], MOONS.x[2 * i + 1]}, 0);
                if (Math.abs(side) > 1e-9) assertEquals(predicted == 1, side > 0, "point " + i);
            }
        }
        // no straight boundary to draw: an earlier layer, three classes, a projection
        Network deep = trained(new int[] {2, 3, 2, 2}, new Activation[] {Activation.TANH, Activation.TANH});
        assertEquals(0, PlaneWarp.of(deep, 1, B, 5, 7, MOONS).separator.length);
        assertEquals(4, PlaneWarp.of(deep, 2, B, 5, 7, MOONS).separator.length);
        assertEquals(0, PlaneWarp.of(trained(new int[] {2, 5, 2}, new Activation[] {Activation.TANH}), 1, B, 5, 7, MOONS).separator.length);
        Network three = Network.initialise(new int[] {2, 2, 3}, new Activation[] {Activation.TANH}, 0);
        assertEquals(0, PlaneWarp.of(three, 1, B, 5, 7, MOONS).separator.length);
    }

    @Test
    void aLayerOfTwoOrThreeUnitsIsDrawnInItsOwnActivations() {
        Network net = trained(new int[] {2, 3, 2, 2}, new Activation[] {Activation.TANH, Activation.SIGMOID});
        for (int layer = 1; layer <= 2; layer++) {
            PlaneWarp w = PlaneWarp.of(net, layer, B, 5, 7, MOONS);
            int units = layer == 1 ? 3 : 2;
            assertFalse(w.projected);
            assertEquals(units, w.dims);
            for (int i = 0; i < MOONS.n; i++) {
                PointTrace t = PointTrace.of(net, new double[] {MOONS.x[2 * i], MOONS.x[2 * i + 1]}, 0);
                for (int d = 0; d < units; d++) assertEquals(t.a[layer - 1][d], w.points[i * units + d], 0.0);
            }
            // line 0 is the plot's left edge, top to bottom; line 5 its top edge, left to right
            PointTrace topLeft = PointTrace.of(net, new double[] {B.xMin, B.yMax}, 0);
            PointTrace bottomLeft = PointTrace.of(net, new double[] {B.xMin, B.yMin}, 0);
            PointTrace topRight = PointTrace.of(net, new double[] {B.xMax, B.yMax}, 0);
            for (int d = 0; d < units; d++) {
                assertEquals(topLeft.a[layer - 1][d], w.lines[d], 0.0);
                assertEquals(bottomLeft.a[layer - 1][d], w.lines[6 * units + d], 1e-15);
                assertEquals(topLeft.a[layer - 1][d], w.lines[(5 * 7) * units + d], 0.0);
                assertEquals(topRight.a[layer - 1][d], w.lines[(5 * 7 + 6) * units + d], 1e-15);
            }
        }
    }

    @Test
    void aWideLayerIsProjectedOnItsFirstTwoPrincipalComponents() {
        Network net = trained(new int[] {2, 8, 2}, new Activation[] {Activation.TANH});
        PlaneWarp w = PlaneWarp.of(net, 1, B, 9, 20, MOONS);
        assertTrue(w.projected);
        assertEquals(2, w.dims);
        assertTrue(w.explained[0] >= w.explained[1] && w.explained[1] > 0 && w.explained[0] + w.explained[1] <= 1 + 1e-12,
                w.explained[0] + " " + w.explained[1]);
        // the projections of the data are centred, uncorrelated, and the first has the largest variance of any unit axis
        double[][] a = new double[MOONS.n][8];
        for (int i = 0; i < MOONS.n; i++) a[i] = PointTrace.of(net, new double[] {MOONS.x[2 * i], MOONS.x[2 * i + 1]}, 0).a[0];
        double m0 = 0, m1 = 0, c01 = 0, v0 = 0, v1 = 0;
        for (int i = 0; i < MOONS.n; i++) {
            m0 += w.points[2 * i];
            m1 += w.points[2 * i + 1];
        }
        m0 /= MOONS.n;
        m1 /= MOONS.n;
        assertEquals(0, m0, 1e-12);
        assertEquals(0, m1, 1e-12);
        for (int i = 0; i < MOONS.n; i++) {
            c01 += w.points[2 * i] * w.points[2 * i + 1];
            v0 += w.points[2 * i] * w.points[2 * i];
            v1 += w.points[2 * i + 1] * w.points[2 * i + 1];
        }
        assertEquals(0, c01 / Math.sqrt(v0 * v1), 1e-6, "uncorrelated");
        assertTrue(v0 >= v1);
        for (int j = 0; j < 8; j++) {
            double mean = 0, v = 0;
            for (int i = 0; i < MOONS.n; i++) mean += a[i][j] / MOONS.n;
            for (int i = 0; i < MOONS.n; i++) v += (a[i][j] - mean) * (a[i][j] - mean);
            assertTrue(v <= v0 * (1 + 1e-9), "unit " + j + " varies more than the first component");
        }
        // the same input gives the same picture, to the bit (it is redone live)
        assertArrayEquals(w.points, PlaneWarp.of(net, 1, B, 9, 20, MOONS).points);
    }

    @Test
    void aLayerThatIsNotHiddenIsRefused() {
        Network net = Network.article(3, 0);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PlaneWarp.of(net, 2, B, 5, 5, MOONS)).getMessage().contains("between 1 and 1"));
        assertThrows(IllegalArgumentException.class, () -> PlaneWarp.of(net, 1, B, 1, 5, MOONS));
    }
}

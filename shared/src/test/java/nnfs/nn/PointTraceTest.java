package nnfs.nn;

import static org.junit.jupiter.api.Assertions.*;

import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;
import org.junit.jupiter.api.Test;

class PointTraceTest {
    static final Dataset MOONS = DatasetSpec.article().generate();

    static double[] point(Dataset d, int k) {
        return new double[] {d.x[2 * k], d.x[2 * k + 1]};
    }

    /** The point's own objective, -log p_label(x), computed by the classifier's path (not the trace's). */
    static double pointLoss(Network net, double[] x, int label) {
        double[] p = new double[net.classes()];
        net.probabilities(x, 0, p);
        return -Math.log(p[label]);
    }

    @Test
    void theForwardPassIsTheClassifiersToTheBit() {
        Training t = Training.article(MOONS, 3, TrainingSettings.article().withPasses(700));
        t.runToEnd();
        Network net = t.network();
        for (int k = 0; k < MOONS.n; k++) {
            PointTrace tr = PointTrace.of(net, point(MOONS, k), MOONS.y[k]);
            double[] p = new double[2];
            net.probabilities(point(MOONS, k), 0, p);
            assertArrayEquals(p, tr.a[1], "point " + k);
            assertEquals(-Math.log(p[MOONS.y[k]]), tr.loss, 1e-12);
            for (int j = 0; j < 3; j++) assertEquals(Math.tanh(tr.z[0][j]), tr.a[0][j], 1e-15);
        }
    }

    @Test
    void eachPointsShareSumsToTheStepTrainingTakes() {
        // one full-batch pass with rate 1 and no L2 term moves W by exactly minus the summed gradient (to rounding)
        Network before = Network.initialise(new int[] {2, 4, 3, 2}, new Activation[] {Activation.TANH, Activation.SIGMOID}, 5);
        Network after = before.copy();
        new Training(after, MOONS, null, TrainingSettings.article().withPasses(1).withLearningRate(1).withReg(0), 0, 0).runToEnd();
        for (int l = 0; l < before.layers(); l++) {
            double[] sumW = new double[before.w[l].length], sumB = new double[before.b[l].length];
            for (int k = 0; k < MOONS.n; k++) {
                PointTrace tr = PointTrace.of(before, point(MOONS, k), MOONS.y[k]);
                for (int i = 0; i < sumW.length; i++) sumW[i] += tr.dW[l][i];
                for (int i = 0; i < sumB.length; i++) sumB[i] += tr.db[l][i];
            }
            for (int i = 0; i < sumW.length; i++) assertEquals(before.w[l][i] - after.w[l][i], sumW[i], 1e-12, "dW" + (l + 1) + "[" + i + "]");
            for (int i = 0; i < sumB.length; i++) assertEquals(before.b[l][i] - after.b[l][i], sumB[i], 1e-12, "db" + (l + 1) + "[" + i + "]");
        }
    }

    @Test
    void everyActivationsBackwardPassMatchesFiniteDifferences() {
        for (Activation g : Activation.values()) {
            Network net = Network.initialise(new int[] {2, 5, 4, 3}, new Activation[] {g, g}, 11);
            double[] x = {0.7, -0.3};
            for (int label = 0; label < 3; label++) {
                PointTrace tr = PointTrace.of(net, x, label);
                assertEquals(pointLoss(net, x, label), tr.loss, 1e-12);
                for (int l = 0; l < net.layers(); l++) {
                    // db_l is delta_l, and dW_l = a_{l-1}^T delta_l
                    for (int j = 0; j < tr.db[l].length; j++) assertEquals(tr.delta[l][j], tr.db[l][j], 0.0); // 0.0 + -0.0 is 0.0
                    double[][] params = {net.w[l], net.b[l]};
                    double[][] grads = {tr.dW[l], tr.db[l]};
                    for (int p = 0; p < 2; p++) {
                        for (int i = 0; i < params[p].length; i++) {
                            double keep = params[p][i], eps = 1e-6;
                            params[p][i] = keep + eps;
                            double up = pointLoss(net, x, label);
                            params[p][i] = keep - eps;
                            double down = pointLoss(net, x, label);
                            params[p][i] = keep;
                            double numeric = (up - down) / (2 * eps);
                            assertEquals(numeric, grads[p][i], 1e-7 + 1e-6 * Math.abs(numeric),
                                    g.id + " label " + label + " layer " + (l + 1) + (p == 0 ? " W" : " b") + i);
                        }
                    }
                }
            }
        }
    }

    @Test
    void badPointsAndLabelsAreRefusedWithTheReason() {
        Network net = Network.article(3, 0);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PointTrace.of(net, new double[] {1}, 0)).getMessage().contains("2 coordinates"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PointTrace.of(net, new double[] {1, 2}, 2)).getMessage().contains("between 0 and 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PointTrace.of(net, new double[] {Double.NaN, 2}, 0)).getMessage().contains("not a finite number"));
    }
}

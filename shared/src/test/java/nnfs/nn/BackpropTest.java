package nnfs.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;
import org.junit.jupiter.api.Test;

/**
 * The gate between the gradient kernels: the article's shape (2 inputs, one tanh layer, 2 classes) has two fused
 * loops of its own, written for speed ({@link ArticleKernel} for engines without vector instructions,
 * {@link ArticleVectorKernel} for a JIT that vectorises); every network can run layer by layer ({@link LayerKernel}).
 * On the article's shape all three must give the same gradients, loss and correct count, bit for bit; every other
 * network must be given the general one.
 */
class BackpropTest {
    /** Each fused kernel's gradients, loss and count against the layer-by-layer kernel's, for rows idx (null: in order). */
    private static void assertSameBits(Network net, Dataset d, int[] idx, int from, int count, String what) {
        double scale = 1.0 / count, reg = 0.01;
        Backprop layered = new Backprop(net, count, LayerKernel.INSTANCE);
        layered.gradients(d, idx, from, count, scale, reg, true);
        for (GradientKernel kernel : new GradientKernel[] {new ArticleKernel(count), new ArticleVectorKernel(net, count)}) {
            String which = what + " (" + kernel.getClass().getSimpleName() + ")";
            Backprop fused = new Backprop(net, count, kernel);
            fused.gradients(d, idx, from, count, scale, reg, true);
            assertEquals(Double.doubleToLongBits(layered.lossSum), Double.doubleToLongBits(fused.lossSum), which + ": loss");
            assertEquals(layered.correctCount, fused.correctCount, which + ": correct count");
            for (int l = 0; l < 2; l++) {
                for (int i = 0; i < fused.gw[l].length; i++) {
                    assertEquals(Double.doubleToLongBits(layered.gw[l][i]), Double.doubleToLongBits(fused.gw[l][i]), which + ": dW" + (l + 1) + "[" + i + "]");
                }
                for (int i = 0; i < fused.gb[l].length; i++) {
                    assertEquals(Double.doubleToLongBits(layered.gb[l][i]), Double.doubleToLongBits(fused.gb[l][i]), which + ": db" + (l + 1) + "[" + i + "]");
                }
            }
        }
    }

    @Test
    void theArticlesLoopGivesTheLayerByLayerBits() {
        // 600 rows: more than one of the loop's blocks, the last one partial
        Dataset d = new DatasetSpec(DatasetSpec.Kind.MOONS, 600, 0.2, 5, 2, 0.5).generate();
        for (int h : new int[] {1, 2, 3, 5, ArticleVectorKernel.BY_ROW_FROM - 1, ArticleVectorKernel.BY_ROW_FROM, 20, 50}) {
            Network net = Network.initialise(new int[] {2, h, 2}, new Activation[] {Activation.TANH}, h);
            assertSameBits(net, d, null, 0, d.n, "hidden " + h);
            assertSameBits(net, d, null, 37, 101, "hidden " + h + ", rows 37-137");
            int[] shuffled = new int[d.n];
            for (int i = 0; i < d.n; i++) shuffled[i] = (i * 7 + 3) % d.n;
            assertSameBits(net, d, shuffled, 10, 300, "hidden " + h + ", a minibatch");
        }
    }

    /**
     * Weights so large that tanh saturates and the outputs reach 1e300 and beyond: the loop's short cuts (a
     * two-class softmax from one exp, the table's ends) must still give the general code's numbers, or hand the
     * row to it, as with infinite and NaN outputs.
     */
    @Test
    void extremeWeightsGiveTheLayerByLayerBitsToo() {
        Dataset d = new DatasetSpec(DatasetSpec.Kind.MOONS, 300, 0.2, 1, 2, 0.5).generate();
        double[][] second = {{1e300, 1e300}, {1e300, -1e300}, {1e308, 1e308}, {1e308, -1e307}, {-1e200, 3}, {0, 0},
            {Double.MAX_VALUE, Double.MAX_VALUE}, {1e-320, -1e-320}};
        for (double[] w2 : second) {
            Network net = Network.initialise(new int[] {2, 3, 2}, new Activation[] {Activation.TANH}, 4);
            for (int i = 0; i < net.w[0].length; i++) net.w[0][i] *= 40; // saturates most units
            for (int j = 0; j < 3; j++) {
                net.w[1][2 * j] = w2[0] * (j + 1);
                net.w[1][2 * j + 1] = w2[1];
            }
            assertSameBits(net, d, null, 0, d.n, "W2 columns " + w2[0] + ", " + w2[1]);
        }
        Network net = Network.initialise(new int[] {2, 3, 2}, new Activation[] {Activation.TANH}, 4);
        net.w[1][0] = Double.POSITIVE_INFINITY;
        assertSameBits(net, d, null, 0, d.n, "an infinite weight");
        net.w[1][0] = Double.NaN;
        Backprop nan = new Backprop(net, d.n);
        nan.gradients(d, null, 0, d.n, 1.0 / d.n, 0.01, true);
        assertTrue(Double.isNaN(nan.lossSum), "a NaN weight gives a NaN loss");
    }

    /**
     * A network is given a fused kernel exactly when it has the article's shape: the vector loop by default, the
     * scalar one once the platform asks for it (as the browser's engine does).
     */
    @Test
    void theFusedKernelIsChosenForTheArticlesShapeOnly() {
        Activation[] tanh = {Activation.TANH};
        assertTrue(GradientKernel.of(Network.initialise(new int[] {2, 3, 2}, tanh, 0), 10) instanceof ArticleVectorKernel);
        assertTrue(GradientKernel.of(Network.initialise(new int[] {2, 50, 2}, tanh, 0), 10) instanceof ArticleVectorKernel);
        Loops.useScalar();
        try {
            assertTrue(GradientKernel.of(Network.initialise(new int[] {2, 3, 2}, tanh, 0), 10) instanceof ArticleKernel);
            assertTrue(GradientKernel.of(Network.initialise(new int[] {2, 50, 2}, tanh, 0), 10) instanceof ArticleKernel);
            assertSame(LayerKernel.INSTANCE, GradientKernel.of(Network.initialise(new int[] {2, 3, 3}, tanh, 0), 10), "three classes");
        } finally {
            Loops.useVector();
        }
        assertSame(LayerKernel.INSTANCE, GradientKernel.of(Network.initialise(new int[] {2, 3, 3}, tanh, 0), 10), "three classes");
        assertSame(LayerKernel.INSTANCE, GradientKernel.of(Network.initialise(new int[] {2, 3, 2}, new Activation[] {Activation.RELU}, 0), 10), "relu");
        assertSame(LayerKernel.INSTANCE, GradientKernel.of(Network.initialise(new int[] {2, 3, 3, 2}, new Activation[] {Activation.TANH, Activation.TANH}, 0), 10),
                "two hidden layers");
    }
}

package nnfs.nn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;
import nnfs.random.NumpyRandom;
import org.junit.jupiter.api.Test;

/** The whole update, worked out ahead: taking the step gives exactly the weights it says, and its terms add up. */
class UpdateStepTest {
    static final Dataset MOONS = DatasetSpec.article().generate();

    static void sameBits(double[][] expected, double[][] actual, String what) {
        for (int l = 0; l < expected.length; l++) {
            for (int k = 0; k < expected[l].length; k++) {
                assertEquals(Double.doubleToLongBits(expected[l][k]), Double.doubleToLongBits(actual[l][k]), what + "[" + l + "][" + k + "]");
            }
        }
    }

    @Test
    void theArticlesPassIsTheStepItShowsToTheBit() {
        Training t = Training.article(MOONS, 3, TrainingSettings.article().withPasses(400));
        t.advance(137);
        UpdateStep s = t.nextStep();
        assertEquals(137, s.pass);
        assertEquals(200, s.batchRows);
        assertEquals(0.01, s.learningRate);
        assertEquals(0.01, s.reg, "the article's reg_lambda, unscaled in full batch");
        sameBits(t.network().w, s.wBefore, "W before");
        for (int l = 0; l < 2; l++) {
            for (int k = 0; k < s.dW[l].length; k++) {
                assertEquals(Double.doubleToLongBits(s.dataTerm[l][k] + s.penaltyTerm[l][k]), Double.doubleToLongBits(s.dW[l][k]), "dW = data + λW");
                assertEquals(Double.doubleToLongBits(0.01 * s.wBefore[l][k]), Double.doubleToLongBits(s.penaltyTerm[l][k]));
            }
        }
        // the data term is the sum of every point's share (PointTrace follows one point)
        double[] sum = new double[s.dW[1].length];
        for (int i = 0; i < MOONS.n; i++) {
            PointTrace p = PointTrace.of(t.network(), new double[] {MOONS.x[2 * i], MOONS.x[2 * i + 1]}, MOONS.y[i]);
            for (int k = 0; k < sum.length; k++) sum[k] += p.dW[1][k];
        }
        for (int k = 0; k < sum.length; k++) assertEquals(sum[k], s.dataTerm[1][k], 1e-12 * (1 + Math.abs(sum[k])), "a1ᵀδ3 summed over the points");
        t.advance(1);
        sameBits(s.wAfter, t.network().w, "W after");
        sameBits(s.bAfter, t.network().b, "b after");
    }

    @Test
    void aMinibatchStepIsTheNextPasssFirstBatchInItsShuffledOrder() {
        TrainingSettings s = TrainingSettings.article().withPasses(50).withBatchSize(32).withReg(0).withSeed(5);
        Training t = new Training(Network.article(3, 5), MOONS, null, s, 0, 0);
        t.advance(3);
        UpdateStep step = t.nextStep();
        assertEquals(32, step.batchRows);
        // the batch numpy's stream gives the fourth pass: after the weights' draws, three permutations before it
        NumpyRandom r = new NumpyRandom(5);
        for (int k = 0; k < 2 * 3 + 3 * 2; k++) r.standardNormal();
        for (int p = 0; p < 3; p++) r.permutation(MOONS.n);
        int[] batch = Arrays.copyOf(r.permutation(MOONS.n), 32);
        // one full-batch step on exactly those rows, in that order, from the same weights, is that step
        Training one = new Training(t.network().copy(), MOONS.rows(batch), null, s.withBatchSize(0).withPasses(1), 0, 0);
        one.advance(1);
        sameBits(one.network().w, step.wAfter, "W after the first minibatch");
        assertEquals(3, t.pass(), "looking ahead took no step and drew nothing");
        Training again = new Training(Network.article(3, 5), MOONS, null, s, 0, 0);
        again.advance(4);
        t.advance(1);
        sameBits(again.network().w, t.network().w, "the run goes on as if nothing was looked at");
    }
}

package nnfs.nn;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import nnfs.Reference;
import nnfs.data.Dataset;
import nnfs.random.NumpyRandom;
import nnfs.text.PyFormat;
import org.junit.jupiter.api.Test;

/**
 * Minibatch gradient descent against the article's numpy code extended to minibatches
 * (src/test/python/make_minibatch_reference.py, on the article's data set as the reference holds it): the same
 * shuffles from the same stream, the same L2 term per batch, so the same losses pass after pass.
 */
class MinibatchTest {
    static final JsonNode REF = Reference.resource("/numpy-minibatch/minibatch-moons.json");
    static final JsonNode MOONS = Reference.read("moons-200-0.2-seed0.json");
    static final Dataset DATA = Dataset.of2d(Reference.matrix(MOONS.get("X")), Reference.ints(MOONS.get("y")));

    static Training training(JsonNode c, long passes) {
        TrainingSettings s = TrainingSettings.article().withPasses(passes).withBatchSize(c.get("batch").intValue())
                .withSeed(c.get("seed").longValue()).withMeanGradients(c.get("mean_gradients").booleanValue())
                .withLearningRate(c.get("learning_rate").doubleValue()).withReg(c.get("reg").doubleValue());
        return new Training(Network.article(c.get("hidden").intValue(), s.seed), DATA, null, s, 1, 0);
    }

    static String name(JsonNode c) {
        return "hidden " + c.get("hidden") + ", batch " + c.get("batch") + ", seed " + c.get("seed") + (c.get("mean_gradients").booleanValue() ? ", mean" : "");
    }

    @Test
    void eachPassShufflesWithTheStreamThatMadeTheWeights() {
        for (JsonNode c : REF.get("cases")) {
            NumpyRandom rng = new NumpyRandom(c.get("seed").longValue());
            Network.initialise(new int[] {2, c.get("hidden").intValue(), 2}, new Activation[] {Activation.TANH}, rng);
            for (JsonNode order : c.get("orders")) assertArrayEquals(Reference.ints(order), rng.permutation(DATA.n), name(c));
        }
    }

    @Test
    void theFirstPassGivesNumpysWeights() {
        for (JsonNode c : REF.get("cases")) {
            Training t = training(c, 1);
            t.runToEnd();
            assertWeights(name(c) + " after pass 0", c.get("after_first_pass"), t.network(), 1e-15);
        }
    }

    /**
     * Every pass's loss as the article prints it (%f), and the weights at the end. The run drifts from numpy's only
     * by rounding (numpy's dot products may sum in another order), so the weights are compared to 1e-12.
     */
    @Test
    void everyPassPrintsNumpysLoss() {
        for (JsonNode c : REF.get("cases")) {
            Training t = training(c, c.get("passes").longValue());
            t.runToEnd();
            var history = t.history();
            JsonNode losses = c.get("losses");
            assertEquals(losses.size(), history.size(), name(c));
            for (int i = 0; i < losses.size(); i++) {
                assertEquals(PyFormat.f(losses.get(i).doubleValue()), PyFormat.f(history.get(i).loss), name(c) + ", loss after pass " + i);
            }
            assertWeights(name(c) + " at the end", c.get("after_last_pass"), t.network(), 1e-12);
        }
    }

    static void assertWeights(String what, JsonNode ref, Network net, double tolerance) {
        assertArrayEquals(Reference.matrix(ref.get("W1")), net.w[0], tolerance, what + ": W1");
        assertArrayEquals(Reference.matrix(ref.get("b1")), net.b[0], tolerance, what + ": b1");
        assertArrayEquals(Reference.matrix(ref.get("W2")), net.w[1], tolerance, what + ": W2");
        assertArrayEquals(Reference.matrix(ref.get("b2")), net.b[1], tolerance, what + ": b2");
    }
}

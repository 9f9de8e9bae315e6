package nnfs.nn;

import static org.junit.jupiter.api.Assertions.*;

import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;
import nnfs.data.Moons;
import nnfs.data.TrainTestSplit;
import nnfs.logreg.LogisticRegressionCV;
import org.junit.jupiter.api.Test;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

class TrainingTest {
    static final Dataset MOONS = DatasetSpec.article().generate();

    static double[][] weights(Network n) {
        double[][] all = new double[2 * n.layers()][];
        for (int l = 0; l < n.layers(); l++) {
            all[2 * l] = n.w[l].clone();
            all[2 * l + 1] = n.b[l].clone();
        }
        return all;
    }

    @Test
    void advancingInSlicesEqualsOneRunAndContinuingFromASavedPassToo() {
        TrainingSettings s = TrainingSettings.article().withPasses(500).withBatchSize(32).withSchedule(Schedule.step(0.5, 100));
        Network a = Network.article(4, 1);
        new Training(a, MOONS, null, s, 0, 0).runToEnd();

        Network b = Network.article(4, 1);
        Training tb = new Training(b, MOONS, null, s, 0, 0);
        while (!tb.finished()) tb.advance(37);
        assertEquals(500, tb.pass());

        Network c = Network.article(4, 1);
        new Training(c, MOONS, null, s.withPasses(500), 0, 0).advance(230);
        new Training(c, MOONS, null, s, 0, 230).runToEnd(); // continue an earlier run from pass 230
        assertArrayEquals(weights(a), weights(b));
        assertArrayEquals(weights(a), weights(c));
    }

    @Test
    void stopEndsTheRunAndKeepsTheWeights() {
        Training t = Training.article(MOONS, 3, TrainingSettings.article());
        t.advance(10);
        double[][] before = weights(t.network());
        t.stop();
        assertEquals(0, t.advance(100));
        assertEquals(Training.State.STOPPED, t.state());
        assertArrayEquals(before, weights(t.network()));
    }

    @Test
    void aDivergingRunStopsWithAClearMessage() {
        Training t = Training.article(MOONS, 3, TrainingSettings.article().withLearningRate(1000));
        t.runToEnd();
        assertEquals(Training.State.FAILED, t.state());
        assertTrue(t.failure().contains("learning rate 1000.0 is probably too high"), t.failure());
        assertTrue(t.pass() < 20000);
    }

    @Test
    void meanGradientsFollowTheGradientOfThePrintedLoss() {
        // the mean gradient is the summed one divided by n, so lr * n with means is the article's step
        Network a = Network.article(3, 0), b = Network.article(3, 0);
        new Training(a, MOONS, null, TrainingSettings.article().withPasses(50), 0, 0).runToEnd();
        new Training(b, MOONS, null, TrainingSettings.article().withPasses(50).withMeanGradients(true).withLearningRate(0.01 * 200), 0, 0).runToEnd();
        for (int l = 0; l < 2; l++) assertArrayEquals(a.w[l], b.w[l], 1e-12);
    }

    /** The article's exercises: each trains a network that beats logistic regression on its data. */
    static void beatsLogisticRegression(Dataset data, Network net, TrainingSettings s) {
        Training t = new Training(net, data, null, s, 0, 0);
        t.runToEnd();
        assertEquals(Training.State.DONE, t.state(), t.failure());
        double nn = t.evaluate().accuracy;
        double lr = LogisticRegressionCV.fit(data).model.accuracy(data);
        assertTrue(nn > lr + 0.05, "network " + nn + " vs logistic regression " + lr);
    }

    @Test
    void exerciseMinibatchGradientDescentWithAnnealing() {
        beatsLogisticRegression(MOONS, Network.article(5, 0),
                TrainingSettings.article().withPasses(2000).withBatchSize(20).withSchedule(Schedule.inv(0.001)));
    }

    @Test
    void exerciseSigmoidAndReluHiddenUnits() {
        for (Activation g : new Activation[] {Activation.SIGMOID, Activation.RELU}) {
            beatsLogisticRegression(MOONS, Network.initialise(new int[] {2, 8, 2}, new Activation[] {g}, 0),
                    TrainingSettings.article().withPasses(5000).withSchedule(Schedule.exp(0.0001)));
        }
    }

    @Test
    void exerciseThreeClassesAndADeeperNetwork() {
        Dataset spiral = new DatasetSpec(DatasetSpec.Kind.SPIRAL, 300, 0.2, 0, 3, 0.5).generate();
        beatsLogisticRegression(spiral, Network.initialise(new int[] {2, 20, 20, 3}, new Activation[] {Activation.TANH, Activation.TANH}, 0),
                TrainingSettings.article().withPasses(5000).withLearningRate(0.005).withReg(0.001));
    }

    @Test
    void otherDataSetsAndAHeldOutTestSet() {
        Dataset circles = new DatasetSpec(DatasetSpec.Kind.CIRCLES, 300, 0.1, 1, 2, 0.5).generate();
        beatsLogisticRegression(circles, Network.article(5, 0), TrainingSettings.article().withPasses(5000));
        Dataset xor = new DatasetSpec(DatasetSpec.Kind.XOR, 300, 0.05, 2, 2, 0.5).generate();
        beatsLogisticRegression(xor, Network.article(5, 0), TrainingSettings.article().withPasses(5000));

        TrainTestSplit split = TrainTestSplit.of(Moons.generate(400, 0.2, 5), 0.25, 0);
        Training t = new Training(Network.article(5, 0), split.train, split.test, TrainingSettings.article().withPasses(3000), 1000, 0);
        t.runToEnd();
        Training.Point last = t.history().get(t.history().size() - 1);
        assertEquals(2000, last.pass);
        assertTrue(last.testAccuracy > 0.9, "test accuracy " + last.testAccuracy);
        assertFalse(Double.isNaN(last.testLoss));
    }

    @Test
    void badSettingsAreRefusedWithTheirName() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrainingSettings.article().withLearningRate(Double.NaN)).getMessage().contains("learning rate"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrainingSettings.article().withReg(-1)).getMessage().contains("regularisation"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TrainingSettings.article().withPasses(-1)).getMessage().contains("passes"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Schedule.parse("step:2:10")).getMessage().contains("step factor"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Schedule.parse("cosine")).getMessage().contains("is not one of"));
        assertThrows(IllegalArgumentException.class, () -> Network.initialise(new int[] {2, 0, 2}, new Activation[] {Activation.TANH}, 0));
        assertThrows(IllegalArgumentException.class, () -> new Training(Network.article(3, 0),
                new DatasetSpec(DatasetSpec.Kind.SPIRAL, 30, 0.2, 0, 3, 0.5).generate(), null, TrainingSettings.article(), 0, 0));
    }

    @Test
    void gradientCheckAgreesWithBackpropForEveryActivationAndDepth() {
        Dataset small = Moons.generate(40, 0.2, 3);
        Network net = Network.initialise(new int[] {2, 4, 3, 2}, new Activation[] {Activation.TANH, Activation.SIGMOID}, 2);
        GradientCheck g = GradientCheck.run(net, small, 0.01, 1e-5);
        assertEquals(net.parameterCount(), g.parametersChecked);
        assertTrue(g.maxRelativeError < 1e-6, g.maxRelativeError + " at " + g.worst);

        Network relu = Network.initialise(new int[] {2, 6, 3}, new Activation[] {Activation.RELU}, 1);
        assertTrue(GradientCheck.run(relu, Moons.generate(40, 0.2, 4), 0.01, 1e-6).maxRelativeError < 1e-4);
    }

    /**
     * A full-batch run measures the loss after pass p in the next pass's forward pass (it sees the same weights).
     * Its history, chart and ending must be the numbers a separate evaluation gives, bit for bit: here for the
     * article's shape (the fused loop) and a deeper network (the layer-by-layer one), on data of more than one
     * evaluation chunk, run in one call against the same run evaluated one pass at a time.
     */
    @Test
    void aFullBatchRunsLossesAreTheSeparateEvaluationsBits() {
        Dataset circles = new DatasetSpec(DatasetSpec.Kind.CIRCLES, 600, 0.1, 2, 2, 0.4).generate();
        for (int[] hidden : new int[][] {{4}, {5, 3}}) {
            Activation[] acts = new Activation[hidden.length];
            Arrays.fill(acts, Activation.TANH);
            int[] sizes = new int[hidden.length + 2];
            sizes[0] = 2;
            System.arraycopy(hidden, 0, sizes, 1, hidden.length);
            sizes[sizes.length - 1] = 2;
            TrainingSettings settings = TrainingSettings.article().withPasses(300).withLearningRate(0.002);
            Training whole = new Training(Network.initialise(sizes, acts, 1), circles, null, settings, 1, 0);
            LossTrace chart = new LossTrace();
            whole.trace(chart);
            whole.runToEnd();
            Training stepwise = new Training(Network.initialise(sizes, acts, 1), circles, null, settings, 1, 0);
            List<Double> separate = new ArrayList<>();
            while (stepwise.advance(1) == 1) separate.add(Evaluation.of(stepwise.network(), circles, settings.reg).loss);
            List<Training.Point> history = whole.history();
            assertEquals(Training.State.DONE, whole.state(), whole.failure());
            assertEquals(300, history.size());
            assertEquals(300, separate.size());
            for (int p = 0; p < 300; p++) {
                assertEquals(separate.get(p), history.get(p).loss, 0.0, "loss after pass " + p + ", hidden " + Arrays.toString(hidden));
                assertEquals(history.get(p).loss, chart.loss(p), 0.0, "the chart's loss after pass " + p);
                assertEquals(stepwise.history().get(p).accuracy, history.get(p).accuracy, 0.0);
            }
            assertEquals(separate.get(299), whole.lossFromEnd(0), 0.0);
            assertEquals(separate.get(298), whole.lossFromEnd(1), 0.0);
        }
    }
}

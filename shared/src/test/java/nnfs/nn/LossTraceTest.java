package nnfs.nn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;
import org.junit.jupiter.api.Test;

class LossTraceTest {
    static final Dataset MOONS = DatasetSpec.article().generate();

    @Test
    void aLongRunKeepsEveryEarlyPassAndABoundedEvenlySpreadTail() {
        LossTrace trace = new LossTrace();
        for (long p = 0; p < 1_000_000; p++) if (trace.wants(p)) trace.add(p, p, Double.NaN);
        assertTrue(trace.size() <= LossTrace.CAPACITY, "size " + trace.size());
        for (int i = 0; i < LossTrace.HEAD; i++) assertEquals(i, trace.pass(i));
        long stride = trace.stride();
        assertTrue(stride >= 512, "stride " + stride);
        for (int i = LossTrace.HEAD; i < trace.size(); i++) {
            assertEquals(0, trace.pass(i) % stride);
            assertEquals(trace.pass(i), (long) trace.loss(i));
            if (trace.pass(i - 1) >= LossTrace.HEAD) assertEquals(stride, trace.pass(i) - trace.pass(i - 1));
        }
        assertTrue(trace.pass(trace.size() - 1) > 1_000_000 - 2 * stride);
        assertTrue(trace.generation() > 0);
    }

    @Test
    void theTracedLossesAreTheOnesTheLogPrints() {
        Training t = new Training(Network.article(3, 0), MOONS, null, TrainingSettings.article().withPasses(20000), 1000, 0);
        LossTrace trace = new LossTrace();
        t.trace(trace);
        t.runToEnd();
        List<Training.Point> printed = t.history();
        int found = 0, expected = 0;
        for (Training.Point p : printed) {
            if (p.pass < LossTrace.HEAD || p.pass % trace.stride() == 0) expected++;
            for (int i = 0; i < trace.size(); i++) {
                if (p.pass == trace.pass(i)) {
                    assertEquals(p.loss, trace.loss(i), 0.0, "pass " + p.pass);
                    found++;
                }
            }
        }
        assertTrue(expected >= 10);
        assertEquals(expected, found, "every printed pass on the trace's stride is in the trace");
        assertEquals(0, trace.pass(0));
        assertEquals(1, trace.pass(1));
        assertTrue(Double.isNaN(trace.testLoss(0)));
    }

    @Test
    void tracingChangesNoWeight() {
        TrainingSettings s = TrainingSettings.article().withPasses(3000);
        Training plain = new Training(Network.article(3, 0), MOONS, null, s, 1000, 0);
        Training traced = new Training(Network.article(3, 0), MOONS, null, s, 1000, 0);
        traced.trace(new LossTrace());
        plain.runToEnd();
        traced.runToEnd();
        assertArrayEquals(TrainingTest.weights(plain.network()), TrainingTest.weights(traced.network()));
    }

    @Test
    void aLossThatKeepsGrowingStopsTheRunAndSaysWhy() {
        // a 2000-point spiral with a far too large rate: the loss grows without bound yet stays finite for long
        Dataset spiral = new DatasetSpec(DatasetSpec.Kind.SPIRAL, 2000, DatasetSpec.Kind.SPIRAL.defaultNoise, 0, 3, DatasetSpec.DEFAULT_FACTOR).generate();
        Network net = Network.initialise(new int[] {2, 20, 3}, new Activation[] {Activation.TANH}, 0);
        Training t = new Training(net, spiral, null, TrainingSettings.article().withPasses(20000).withLearningRate(0.5), 1000, 0);
        t.runToEnd();
        assertEquals(Training.State.FAILED, t.state());
        assertNotNull(t.failureKind());
        assertTrue(t.failurePass() >= 0 && t.failurePass() < 20000);
        assertTrue(t.failure().contains("learning rate 0.5"), t.failure());
        assertEquals(0, t.failurePass() % Training.GROWTH_CHECK_EVERY);

        // drawing the loss changes nothing: the same run, traced, fails at the same pass with the same weights
        Network again = Network.initialise(new int[] {2, 20, 3}, new Activation[] {Activation.TANH}, 0);
        Training traced = new Training(again, spiral, null, TrainingSettings.article().withPasses(20000).withLearningRate(0.5), 1000, 0);
        traced.trace(new LossTrace());
        traced.runToEnd();
        assertEquals(t.failurePass(), traced.failurePass());
        assertEquals(t.failureKind(), traced.failureKind());
        assertArrayEquals(TrainingTest.weights(net), TrainingTest.weights(again));
    }
}

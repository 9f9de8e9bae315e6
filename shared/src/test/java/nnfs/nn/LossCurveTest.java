package nnfs.nn;

import static org.junit.jupiter.api.Assertions.*;

import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;
import org.junit.jupiter.api.Test;

/** The curve a model document keeps: dense early, even after, ending at the last pass, never more than its cap. */
class LossCurveTest {
    static final Dataset MOONS = DatasetSpec.article().generate();

    static LossCurve traced(TrainingSettings s) {
        Training t = new Training(Network.article(3, 0), MOONS, null, s, 1000, 0);
        LossTrace trace = new LossTrace();
        t.trace(trace);
        t.runToEnd();
        return LossCurve.of(trace);
    }

    @Test
    void theArticlesRunKeepsItsFirstPassesAnEvenTailAndItsLastPass() {
        LossCurve c = traced(TrainingSettings.article());
        assertTrue(c.size() <= LossCurve.MAX_POINTS && c.size() > 300, "size " + c.size());
        for (int i = 0; i < LossCurve.HEAD; i++) assertEquals(i, c.pass(i), "every one of the first passes");
        assertEquals(19999, c.pass(c.size() - 1), "the curve ends where the run ends");
        // after the head no gap is much wider than an even share of the passes (the trace's stride is the grain)
        double even = (19999.0 - LossCurve.HEAD) / (LossCurve.MAX_POINTS - LossCurve.HEAD - 1);
        for (int i = LossCurve.HEAD + 1; i < c.size(); i++) {
            assertTrue(c.pass(i) - c.pass(i - 1) <= 2 * even + 32, "gap before pass " + c.pass(i));
        }
        // the losses are the run's own: the curve's first point is the loss after the first update
        Training one = new Training(Network.article(3, 0), MOONS, null, TrainingSettings.article().withPasses(1), 0, 0);
        one.runToEnd();
        assertEquals(one.evaluate().loss, c.loss(0), 0.0);
    }

    @Test
    void aRunThatIsNotAMultipleOfAnyStrideStillEndsAtItsLastPass() {
        LossCurve c = traced(TrainingSettings.article().withPasses(3001));
        assertEquals(3000, c.pass(c.size() - 1));
        Training t = new Training(Network.article(3, 0), MOONS, null, TrainingSettings.article().withPasses(3001), 0, 0);
        t.runToEnd();
        assertEquals(t.evaluate().loss, c.loss(c.size() - 1), 0.0, "the last point is the final model's loss");
        LossCurve shortRun = traced(TrainingSettings.article().withPasses(30));
        assertEquals(30, shortRun.size(), "a short run keeps every pass");
    }

    @Test
    void passesMustIncrease() {
        assertThrows(IllegalArgumentException.class, () -> new LossCurve(new long[] {3, 3}, new double[2], new double[2]));
        assertThrows(IllegalArgumentException.class, () -> new LossCurve(new long[] {3}, new double[2], new double[2]));
    }
}

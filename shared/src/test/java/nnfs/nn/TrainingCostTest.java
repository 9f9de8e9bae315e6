package nnfs.nn;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The cost a server counts before it trains: every part of the work, not passes x parameters x points alone. */
class TrainingCostTest {
    static final int[] ARTICLE = {2, 3, 2};

    @Test
    void theArticlesRunCostsAboutThreeForwardPassesAPass() {
        assertEquals(17, TrainingCost.parameters(ARTICLE));
        double cost = TrainingCost.of(ARTICLE, TrainingSettings.article(), 200, 0, 1000);
        double forward = 20000.0 * 17 * 200;
        assertTrue(cost > 3 * forward && cost < 3.5 * forward, "cost " + cost);
    }

    @Test
    void testEvaluationsSmallBatchesAndTinyDataAllCount() {
        TrainingSettings s = TrainingSettings.article();
        double base = TrainingCost.of(ARTICLE, s, 200, 0, 1000);
        // each of the 20 records (and the final evaluations) evaluates the test set too
        assertEquals(24.0 * 17 * 1000, TrainingCost.of(ARTICLE, s, 200, 1000, 1000) - base, 1e-6);
        // batches of one: a gradient step (and its update) per row
        assertTrue(TrainingCost.of(ARTICLE, s.withBatchSize(1), 200, 0, 1000) > base + 20000.0 * 199 * 2 * 17 - 1);
        // one point: still the fixed cost of every pass
        assertTrue(TrainingCost.of(ARTICLE, s, 1, 0, 1000) >= 20000 * TrainingCost.PASS_OVERHEAD);
    }
}

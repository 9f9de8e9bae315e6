package nnfs.nn;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nnfs.Reference;
import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;
import nnfs.text.PyFormat;
import org.junit.jupiter.api.Test;

/** The article's experiment against the numbers numpy printed (article-training.json). */
class ArticleTrainingTest {
    static final JsonNode REF = Reference.read("article-training.json");
    static final Dataset MOONS = DatasetSpec.article().generate();

    static List<String> printedLosses(int hidden) {
        Training t = Training.article(MOONS, hidden, TrainingSettings.article());
        t.runToEnd();
        assertEquals(Training.State.DONE, t.state());
        List<String> lines = new ArrayList<>();
        for (Training.Point p : t.history()) lines.add(PyFormat.f(p.loss));
        return lines;
    }

    @Test
    void initialWeightsAreTheArticles() {
        for (JsonNode w : Reference.read("init-weights.json").get("weights")) {
            Network net = Network.article(w.get("hidden").intValue(), 0);
            assertArrayEquals(Reference.matrix(w.get("W1")), net.w[0], 0.0, "W1 for h=" + w.get("hidden"));
            assertArrayEquals(Reference.matrix(w.get("W2")), net.w[1], 0.0, "W2 for h=" + w.get("hidden"));
            assertArrayEquals(new double[net.sizes[1]], net.b[0], 0.0);
        }
    }

    @Test
    void hiddenThreePrintsTheArticlesLossesAndEndsWithinTolerance() {
        List<String> printed = printedLosses(3);
        assertEquals(20, printed.size(), "one line every 1000 passes, from pass 0 to 19000");
        assertEquals(REF.get("exact").get("loss_after_pass_0").asText(), printed.get(0));
        assertEquals(REF.get("exact").get("loss_after_pass_1000").asText(), printed.get(1));
        // After pass ~1000 the run is chaotic at rounding level: numpy itself lands on one of two endings.
        double last = Double.parseDouble(printed.get(19));
        JsonNode endings = REF.get("sweep_final").get("3").get("loss");
        double lo = Math.min(endings.get(0).doubleValue(), endings.get(1).doubleValue());
        double hi = Math.max(endings.get(0).doubleValue(), endings.get(1).doubleValue());
        assertTrue(last >= lo - 0.001 && last <= hi + 0.001, "final loss " + last + " not near numpy's " + endings);
    }

    /**
     * The hidden-size comparison. After pass ~1000 numpy's own runs differ with summation order, so each final
     * number must lie within numpy's two endings widened by their spread (at least 0.001 in loss and one
     * point, 0.005, in accuracy).
     */
    @Test
    void theHiddenSizeComparisonEndsWhereNumpysRunsEnd() throws Exception {
        JsonNode sweep = REF.get("sweep_final");
        java.util.List<String> sizes = new ArrayList<>();
        sweep.fieldNames().forEachRemaining(k -> { if (!k.equals("about")) sizes.add(k); });
        assertEquals(List.of("1", "2", "3", "4", "5", "20", "50"), sizes);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var results = new ArrayList<java.util.concurrent.Future<Evaluation>>();
            for (String h : sizes) {
                results.add(pool.submit(() -> {
                    Training t = Training.article(MOONS, Integer.parseInt(h), TrainingSettings.article());
                    t.runToEnd();
                    return t.evaluate();
                }));
            }
            for (int i = 0; i < sizes.size(); i++) {
                Evaluation e = results.get(i).get();
                JsonNode ref = sweep.get(sizes.get(i));
                within("loss, hidden " + sizes.get(i), Double.parseDouble(PyFormat.f(e.loss)), ref.get("loss"), 0.001);
                within("accuracy, hidden " + sizes.get(i), e.accuracy, ref.get("accuracy"), 0.005);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static void within(String what, double actual, JsonNode endings, double minSlack) {
        double a = endings.get(0).doubleValue(), b = endings.get(1).doubleValue();
        double slack = Math.max(Math.abs(a - b), minSlack);
        assertTrue(actual >= Math.min(a, b) - slack && actual <= Math.max(a, b) + slack,
                what + ": " + actual + " is not within " + endings + " +- " + slack);
    }
}

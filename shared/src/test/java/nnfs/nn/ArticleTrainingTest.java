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
}

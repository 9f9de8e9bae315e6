package nnfs.model;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import java.util.Random;
import nnfs.data.DataSource;
import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;
import nnfs.logreg.LogisticRegressionCV;
import nnfs.nn.Activation;
import nnfs.nn.Evaluation;
import nnfs.nn.Network;
import nnfs.nn.TrainingSettings;
import nnfs.text.Msg;
import nnfs.text.Problem;
import org.junit.jupiter.api.Test;

/** A challenge as a teacher writes it, and what it says of entries made by real training. */
class ChallengeTest {
    static final DataSource CIRCLES = DataSource.generated(new DatasetSpec(DatasetSpec.Kind.CIRCLES, 160, 0.1, 4, 2, 0.5), 0.3, 2);

    static String json(String limits, String goal) {
        return "{\"title\": \"  Smallest circle net \", \"data\": " + Json.write(ModelDocument.dataJson(CIRCLES)) + ", \"limits\": " + limits
                + ", \"goal\": " + goal + "}";
    }

    static Challenge circles(int units, int layers, String acts, long passes) {
        return Challenge.parse(json("{\"maxHiddenUnits\": " + units + ", \"maxLayers\": " + layers + ", \"activations\": " + acts
                + ", \"maxPasses\": " + passes + "}", "{\"metric\": \"testAccuracy\", \"target\": 0.9}"));
    }

    static ModelDocument entry(DataSource data, int[] sizes, Activation[] acts, long passes) {
        return ReplayTest.trained(data, sizes, acts, TrainingSettings.article().withPasses(passes).withLearningRate(0.05), 50);
    }

    static Problem refusal(Challenge c, ModelDocument doc) {
        return assertThrows(InvalidModelException.class, () -> c.admit(doc));
    }

    @Test
    void aChallengeReadsBackAsItWasWritten() {
        Challenge c = circles(4, 2, "[\"tanh\", \"relu\", \"tanh\"]", 3000);
        assertEquals("Smallest circle net", c.title);
        assertEquals("tanh, relu", c.activationList(), "each activation once");
        Challenge again = Challenge.fromJson(Json.parse(Json.write(c.toJson())));
        assertEquals(Json.write(c.toJson()), Json.write(again.toJson()));
        assertEquals(Challenge.Metric.TEST_ACCURACY, again.metric);
        assertEquals(0.9, again.target);
        assertFalse(again.rankBySize, "ranked by the metric unless the goal says size");
        assertTrue(Challenge.parse(json("{\"maxHiddenUnits\": 4, \"maxLayers\": 1, \"activations\": [\"tanh\"], \"maxPasses\": 10}",
                "{\"metric\": \"testAccuracy\", \"target\": 0.9, \"rank\": \"size\"}")).rankBySize);
    }

    @Test
    void aChallengeThatCannotBeJudgedIsRefusedWithItsReason() {
        String limits = "{\"maxHiddenUnits\": 4, \"maxLayers\": 1, \"activations\": [\"tanh\"], \"maxPasses\": 100}";
        String goal = "{\"metric\": \"testAccuracy\", \"target\": 0.9}";
        String noSplit = "{\"title\": \"t\", \"data\": " + Json.write(ModelDocument.dataJson(DataSource.article())) + ", \"limits\": " + limits + ", \"goal\": " + goal + "}";
        Map<String, Msg> cases = Map.of(
                noSplit, Msg.CHALLENGE_NEEDS_TEST,
                json(limits, goal).replace("Smallest circle net", " "), Msg.CHALLENGE_NO_TITLE,
                json(limits, "{\"metric\": \"testAccuracy\", \"target\": 95}"), Msg.CHALLENGE_TARGET,
                json(limits, "{\"metric\": \"testLoss\", \"target\": 0}"), Msg.CHALLENGE_LOSS_TARGET,
                json(limits, "{\"metric\": \"accuracy\", \"target\": 0.9}"), Msg.CHALLENGE_METRIC,
                json(limits, "{\"metric\": \"testLoss\", \"target\": 0.2, \"rank\": \"fastest\"}"), Msg.CHALLENGE_RANK,
                json(limits.replace("[\"tanh\"]", "[]"), goal), Msg.CHALLENGE_NO_ACTIVATIONS,
                json(limits.replace("\"maxPasses\": 100", "\"maxPasses\": 0"), goal), Msg.WHOLE_RANGE,
                json(limits.replace("\"tanh\"", "\"swish\""), goal), Msg.UNKNOWN_ACTIVATION);
        cases.forEach((text, msg) -> {
            InvalidModelException e = assertThrows(InvalidModelException.class, () -> Challenge.parse(text), msg.name());
            assertEquals(msg, e.msg, e.getMessage());
        });
        Problem nan = assertThrows(InvalidModelException.class, () -> Challenge.parse(json(limits, goal).replace("0.9", "NaN")));
        assertTrue(nan.getMessage().contains("goal") || nan.getMessage().contains("JSON"), nan.getMessage());
    }

    @Test
    void anEntryTrainedOnTheChallengeWithinItsLimitsIsAdmittedAndScoredFromItsWeights() {
        Challenge c = circles(6, 2, "[\"tanh\", \"relu\"]", 400);
        ModelDocument doc = entry(CIRCLES, new int[] {2, 4, 2, 2}, new Activation[] {Activation.TANH, Activation.RELU}, 400);
        c.admit(doc);
        Challenge.Score s = c.score(doc);
        // the same numbers as the training's own evaluation (which the document carries), computed here from the weights
        assertEquals(doc.loss, s.loss, 1e-12);
        assertEquals(doc.accuracy, s.accuracy);
        assertEquals(doc.testLoss, s.testLoss, 1e-12);
        assertEquals(doc.testAccuracy, s.testAccuracy);
        assertEquals(2 * 4 + 4 + 4 * 2 + 2 + 2 * 2 + 2, s.parameters);
        assertEquals(s.testAccuracy >= 0.9, s.meetsGoal);
        Dataset[] tt = CIRCLES.trainAndTest();
        assertEquals(Evaluation.of(doc.network(), tt[1], doc.settings.reg).accuracy, s.testAccuracy);
    }

    @Test
    void anEntryThatDoesNotAnswerTheChallengeIsToldWhy() {
        Challenge c = circles(4, 1, "[\"tanh\"]", 300);
        Activation[] tanh = {Activation.TANH};
        // another split of the same points, another data set
        Problem split = refusal(c, entry(DataSource.generated(CIRCLES.spec, 0.3, 3), new int[] {2, 3, 2}, tanh, 100));
        assertEquals(Msg.ENTRY_OTHER_DATA, split.msg);
        assertTrue(split.getMessage().contains("data.splitSeed is 3, the challenge's is 2"), split.getMessage());
        Problem moons = refusal(c, entry(DataSource.generated(DatasetSpec.article(), 0.3, 2), new int[] {2, 3, 2}, tanh, 100));
        assertTrue(moons.getMessage().contains("data.kind is moons, the challenge's is circles"), moons.getMessage());
        // each limit
        assertEquals(Msg.ENTRY_UNITS, refusal(c, entry(CIRCLES, new int[] {2, 5, 2}, tanh, 100)).msg);
        assertEquals(Msg.ENTRY_LAYERS, refusal(c, entry(CIRCLES, new int[] {2, 2, 2, 2}, new Activation[] {Activation.TANH, Activation.TANH}, 100)).msg);
        Problem relu = refusal(c, entry(CIRCLES, new int[] {2, 3, 2}, new Activation[] {Activation.RELU}, 100));
        assertEquals(Msg.ENTRY_ACTIVATION, relu.msg);
        assertTrue(relu.getMessage().contains("hidden layer 1 uses relu; the challenge allows tanh"), relu.getMessage());
        assertEquals(Msg.ENTRY_PASSES, refusal(c, entry(CIRCLES, new int[] {2, 3, 2}, tanh, 301)).msg);
        // a logistic regression on the challenge's data
        Dataset[] tt = CIRCLES.trainAndTest();
        LogisticRegressionCV cv = LogisticRegressionCV.fit(tt[0]);
        ModelDocument logreg = new ModelDocument("lr", cv.model, null, 0, CIRCLES, java.util.List.of(), Double.NaN, cv.model.accuracy(tt[0]),
                Double.NaN, cv.model.accuracy(tt[1]));
        assertEquals(Msg.ENTRY_NOT_NETWORK, refusal(c, logreg).msg);
    }

    /** No entry within the limits costs more to check than the bound a server judges a challenge by. */
    @Test
    void theWorstEntryCostBoundsEveryEntryWithinTheLimits() {
        Challenge c = circles(12, 3, "[\"tanh\"]", 40);
        Random r = new Random(5);
        for (int trial = 0; trial < 40; trial++) {
            int layers = 1 + r.nextInt(3), left = 12;
            int[] sizes = new int[layers + 2];
            sizes[0] = 2;
            sizes[layers + 1] = 2;
            for (int l = 1; l <= layers; l++) {
                sizes[l] = 1 + r.nextInt(Math.max(1, left - (layers - l)));
                left -= sizes[l];
            }
            Activation[] acts = new Activation[layers];
            java.util.Arrays.fill(acts, Activation.TANH);
            TrainingSettings s = TrainingSettings.article().withPasses(40).withBatchSize(r.nextBoolean() ? 1 : 0);
            ModelDocument doc = ReplayTest.trained(CIRCLES, sizes, acts, s, 1 + r.nextInt(3));
            c.admit(doc);
            assertTrue(Replay.cost(doc) <= c.worstEntryCost(), java.util.Arrays.toString(sizes) + ": " + Replay.cost(doc) + " > " + c.worstEntryCost());
        }
        // and the passes that fit a budget are the most that do
        Challenge longer = circles(12, 3, "[\"tanh\"]", 40_000);
        double budget = longer.worstEntryCost() / 3;
        long fit = longer.passesWithin(budget);
        assertTrue(fit > 0 && fit < 40_000, String.valueOf(fit));
        Challenge fewer = circles(12, 3, "[\"tanh\"]", fit), oneMore = circles(12, 3, "[\"tanh\"]", fit + 1);
        assertTrue(fewer.worstEntryCost() <= budget && oneMore.worstEntryCost() > budget);
    }
}

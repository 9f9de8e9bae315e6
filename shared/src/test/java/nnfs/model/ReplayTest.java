package nnfs.model;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import nnfs.data.DataSource;
import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;
import nnfs.logreg.LogisticRegressionCV;
import nnfs.nn.Activation;
import nnfs.nn.Network;
import nnfs.nn.Schedule;
import nnfs.nn.Training;
import nnfs.nn.TrainingSettings;
import org.junit.jupiter.api.Test;
import nnfs.nn.TrainingCost;

/** A document that came from training replays to its own bits; one whose claims were changed does not. */
class ReplayTest {
    static final DataSource SPLIT = DataSource.generated(new DatasetSpec(DatasetSpec.Kind.MOONS, 120, 0.25, 3, 2, 0.5), 0.25, 7);

    /** A real run of these settings on this data, recording every {@code every} passes. */
    static ModelDocument trained(DataSource src, int[] sizes, Activation[] acts, TrainingSettings s, long every) {
        Dataset[] tt = src.trainAndTest();
        Training t = new Training(Network.initialise(sizes, acts, s.seed), tt[0], tt[1], s, every, 0);
        t.runToEnd();
        return ModelDocument.parse(ModelDocument.of("a title", t, src).write()); // as a server receives it: text
    }

    static ModelDocument article(int passes) {
        return trained(DataSource.article(), new int[] {2, 3, 2}, new Activation[] {Activation.TANH},
                TrainingSettings.article().withPasses(passes), 7);
    }

    static ModelDocument edited(ModelDocument doc, String from, String to) {
        String text = doc.write();
        assertTrue(text.contains(from), from);
        return ModelDocument.parse(text.replace(from, to));
    }

    static String failure(ModelDocument doc) {
        return assertThrows(InvalidModelException.class, () -> Replay.verify(doc, () -> {})).getMessage();
    }

    @Test
    void documentsMadeByTrainingReproduce() {
        Replay.verify(article(300), () -> {});
        // minibatches, annealing, a test split, two layers of different activations, mean gradients
        TrainingSettings s = TrainingSettings.article().withPasses(120).withBatchSize(16).withSchedule(Schedule.step(0.3, 25))
                .withMeanGradients(true).withSeed(11).withLearningRate(0.05);
        ModelDocument deep = trained(SPLIT, new int[] {2, 5, 4, 2}, new Activation[] {Activation.RELU, Activation.SIGMOID}, s, 9);
        assertFalse(deep.history.isEmpty());
        assertFalse(Double.isNaN(deep.history.get(0).testLoss));
        Replay.verify(deep, () -> {});
    }

    /** A traced run's document: its loss curve is written, read back and replayed to the bit; a forged point is named. */
    @Test
    void theLossCurveIsKeptAndEveryPointOfItIsChecked() {
        Dataset[] tt = SPLIT.trainAndTest();
        Training t = new Training(Network.article(3, 0), tt[0], tt[1], TrainingSettings.article().withPasses(700), 100, 0);
        t.trace(new nnfs.nn.LossTrace());
        t.runToEnd();
        ModelDocument doc = ModelDocument.parse(ModelDocument.of("curve", t, SPLIT).write());
        assertEquals(ModelDocument.of("curve", t, SPLIT).curve, doc.curve, "the curve survives writing and reading");
        assertEquals(699, doc.curve.pass(doc.curve.size() - 1));
        assertFalse(Double.isNaN(doc.curve.testLoss(0)), "with the test loss");
        Replay.verify(doc, () -> {});
        // one point's loss changed in its last digit
        int j = 123;
        double real = doc.curve.loss(j), forged = Math.nextUp(real);
        long[] pass = new long[doc.curve.size()];
        double[] loss = new double[pass.length], test = new double[pass.length];
        for (int i = 0; i < pass.length; i++) {
            pass[i] = doc.curve.pass(i);
            loss[i] = i == j ? forged : doc.curve.loss(i);
            test[i] = doc.curve.testLoss(i);
        }
        ModelDocument edited = ModelDocument.parse(doc.withCurve(new nnfs.nn.LossCurve(pass, loss, test)).write());
        String why = failure(edited);
        assertTrue(why.startsWith("curve[123] (pass " + doc.curve.pass(j) + ") loss"), why);
        assertTrue(Replay.cost(doc) > Replay.cost(doc.withCurve(nnfs.nn.LossCurve.NONE)), "the curve's points are in the cost");
    }

    @Test
    void aRunStoppedAndContinuedWithAnotherRecordIntervalReproduces() {
        // the page records every 1000 passes after resuming a model, every passes/20 before
        DataSource src = DataSource.article();
        Dataset[] tt = src.trainAndTest();
        TrainingSettings s = TrainingSettings.article().withPasses(500);
        Training first = new Training(Network.initialise(new int[] {2, 4, 2}, new Activation[] {Activation.TANH}, 0), tt[0], null, s, 13, 0);
        first.advance(211);
        Training second = new Training(first.network().copy(), tt[0], null, s, 100, first.pass(), first.history());
        second.advance(150);
        ModelDocument doc = ModelDocument.parse(ModelDocument.of("", second, src).write());
        assertEquals(361, doc.passesDone);
        Replay.verify(doc, () -> {});
    }

    @Test
    void aLogisticRegressionReproducesItsFit() {
        Dataset train = SPLIT.trainAndTest()[0];
        LogisticRegressionCV cv = LogisticRegressionCV.fit(train);
        ModelDocument doc = new ModelDocument("", cv.model, null, 0, SPLIT, List.of(), Double.NaN, cv.model.accuracy(train),
                Double.NaN, cv.model.accuracy(SPLIT.trainAndTest()[1]));
        Replay.verify(ModelDocument.parse(doc.write()), () -> {});
        ModelDocument other = new ModelDocument("", LogisticRegressionCV.fit(DatasetSpec.article().generate()).model, null, 0, SPLIT, List.of(),
                Double.NaN, 0.5, Double.NaN, Double.NaN);
        assertTrue(failure(other).startsWith("model.C") || failure(other).startsWith("model.coef"), failure(other));
    }

    @Test
    void anEditedHistoryIsFound() {
        ModelDocument doc = article(300);
        Training.Point p = doc.history.get(3);
        String row = "[" + p.pass + "," + p.loss + ",";
        String msg = failure(edited(doc, row, "[" + p.pass + "," + p.loss / 10 + ","));
        assertTrue(msg.startsWith("history[3] (pass " + p.pass + ") loss: the document says " + p.loss / 10), msg);
    }

    @Test
    void changedSettingsAreFound() {
        ModelDocument doc = article(300);
        // the weights of 300 passes at 0.01, claimed for 0.5, for 200 passes, or for another seed
        assertTrue(failure(edited(doc, "\"learningRate\":0.01", "\"learningRate\":0.5")).contains("does not come from the training"));
        String fewer = doc.write().replace("\"passes\":300,\"passesDone\":300", "\"passes\":300,\"passesDone\":200");
        assertTrue(failure(ModelDocument.parse(fewer)).contains("comes after the 200 passes"));
        List<Training.Point> early = new ArrayList<>();
        for (Training.Point p : doc.history) if (p.pass < 200) early.add(p);
        ModelDocument truncated = new ModelDocument(doc.title, doc.model, doc.settings, 200, doc.data, early, doc.loss, doc.accuracy,
                doc.testLoss, doc.testAccuracy);
        assertTrue(failure(truncated).startsWith("model.W[0][0][0]"), failure(truncated));
        assertTrue(failure(edited(doc, "\"seed\":0,\"batchSize\"", "\"seed\":1,\"batchSize\"")).startsWith("history[0]"));
    }

    @Test
    void aWeightOneUlpOffIsFound() {
        ModelDocument doc = article(50);
        double w = doc.network().w[1][3];
        String msg = failure(edited(doc, String.valueOf(w), String.valueOf(Math.nextUp(w))));
        assertTrue(msg.startsWith("model.W[1][1][1]: the document says " + Math.nextUp(w) + ", but training from its settings gives " + w), msg);
    }

    @Test
    void aRunResumedAfterItsLossGrewReproduces() {
        // a learning rate that makes the loss climb: the run stops; the page may resume it, which restarts the check
        DataSource src = DataSource.article();
        Dataset[] tt = src.trainAndTest();
        TrainingSettings s = TrainingSettings.article().withPasses(3000).withLearningRate(0.6);
        Training t = new Training(Network.initialise(new int[] {2, 20, 2}, new Activation[] {Activation.RELU}, 0), tt[0], null, s, 100, 0);
        t.runToEnd();
        assertEquals(Training.Failure.GROWING, t.failureKind(), "this run must stop on a growing loss for the test to mean anything");
        Training resumed = new Training(t.network(), tt[0], null, s, 100, t.pass(), t.history());
        resumed.advance(150);
        ModelDocument doc = ModelDocument.parse(ModelDocument.of("", resumed, src).write());
        Replay.verify(doc, () -> {});
    }

    @Test
    void theCheckRunsAsItGoesAndMayStopTheReplay() {
        int[] calls = {0};
        Replay.verify(article(1000), () -> calls[0]++);
        assertTrue(calls[0] >= 1000 / Replay.PASSES_PER_CHECK, "checks: " + calls[0]);
        RuntimeException stop = new RuntimeException("stop");
        assertSame(stop, assertThrows(RuntimeException.class, () -> Replay.verify(article(1000), () -> {
            throw stop;
        })));
    }

    @Test
    void theCostCountsThePassesDoneAndTheHistory() {
        ModelDocument a = article(300), b = article(600);
        assertTrue(Replay.cost(b) > 1.9 * Replay.cost(a) && Replay.cost(b) < 2.1 * Replay.cost(a), Replay.cost(a) + " " + Replay.cost(b));
        assertTrue(Replay.cost(a) >= TrainingCost.of(new int[] {2, 3, 2}, TrainingSettings.article().withPasses(300), 200, 0, 0));
    }
}

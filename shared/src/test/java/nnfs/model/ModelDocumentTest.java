package nnfs.model;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
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
import java.util.function.Consumer;
import nnfs.logreg.LogisticRegression;

class ModelDocumentTest {

    static ModelDocument trained() {
        DataSource src = DataSource.generated(new DatasetSpec(DatasetSpec.Kind.MOONS, 120, 0.25, 3, 2, 0.5), 0.25, 7);
        Dataset[] tt = src.trainAndTest();
        TrainingSettings s = TrainingSettings.article().withPasses(300).withBatchSize(16).withSchedule(Schedule.inv(0.01));
        Network net = Network.initialise(new int[] {2, 5, 4, 2}, new Activation[] {Activation.RELU, Activation.SIGMOID}, 9);
        Training t = new Training(net, tt[0], tt[1], s, 50, 0);
        t.runToEnd();
        return ModelDocument.of("moons <b>&</b> \"quotes\"", t, src);
    }

    @Test
    void writeThenReadGivesTheSameBitsAndText() {
        ModelDocument doc = trained();
        String text = doc.write();
        ModelDocument back = ModelDocument.parse(text);
        Network a = doc.network(), b = back.network();
        assertArrayEquals(a.sizes, b.sizes);
        assertArrayEquals(a.activations, b.activations);
        for (int l = 0; l < a.layers(); l++) {
            assertArrayEquals(a.w[l], b.w[l], 0.0);
            assertArrayEquals(a.b[l], b.b[l], 0.0);
        }
        assertEquals(text, back.write(), "a document reads back to exactly itself");
        assertEquals(doc.history.size(), back.history.size());
        assertEquals(6, back.history.size());
        assertEquals(Double.doubleToLongBits(doc.testLoss), Double.doubleToLongBits(back.testLoss));
        assertEquals(doc.title, back.title);
        assertEquals(0.25, back.data.testFraction);
        assertEquals(Schedule.inv(0.01), back.settings.schedule);
        assertEquals(300, back.passesDone);
    }

    @Test
    void pointsAndLogisticRegressionRoundTrip() {
        LogisticRegressionCV cv = LogisticRegressionCV.fit(DatasetSpec.article().generate());
        ModelDocument doc = new ModelDocument("", cv.model, null, 0, DataSource.points(Dataset.of2d(
                new double[] {0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5}, new int[] {0, 1, 0, 1, 0, 1}), 0, 0),
                List.of(), 0.3, 0.85, Double.NaN, Double.NaN);
        String text = doc.write();
        ModelDocument back = ModelDocument.parse(text);
        assertEquals(text, back.write());
        assertArrayEquals(cv.model.coef, ((LogisticRegression) back.model).coef, 0.0);
        assertNull(back.settings);
        assertEquals(6, back.data.points.n);
    }

    @SuppressWarnings("unchecked")
    static String mutate(String text, Consumer<Map<String, Object>> change) {
        Map<String, Object> tree = (Map<String, Object>) Json.parse(text);
        change.accept(tree);
        return Json.write(tree);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> sub(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.get(key);
    }

    void rejects(String text, String expectedMessagePart) {
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> ModelDocument.parse(text));
        assertTrue(e.getMessage().contains(expectedMessagePart), "message was: " + e.getMessage());
    }

    @SuppressWarnings("unchecked")
    @Test
    void everyKindOfBadDocumentIsRefusedWithItsFirstProblemNamed() {
        String good = trained().write();
        rejects("{\"format\": ", "malformed JSON");
        rejects("[1,2]", "expected an object");
        rejects(mutate(good, m -> m.put("format", "other")), "format: expected \"nnfs-model\"");
        rejects(mutate(good, m -> m.put("version", 2.0)), "version 2 is not known");
        rejects(mutate(good, m -> m.remove("model")), "model: missing");
        rejects(mutate(good, m -> sub(m, "model").put("activations", List.of("tanh", "softsign"))), "unknown activation 'softsign'");
        rejects(mutate(good, m -> ((List<Object>) ((List<Object>) ((List<Object>) sub(m, "model").get("W")).get(1)).get(2)).set(0, "x")),
                "model.W[1][2][0]: expected a number");
        rejects(mutate(good, m -> ((List<Object>) ((List<Object>) sub(m, "model").get("W")).get(0)).remove(0)),
                "model.W[0]: expected 2 rows");
        rejects(mutate(good, m -> ((List<Object>) sub(m, "model").get("b")).set(0, List.of(1.0))), "model.b[0]: expected 5 numbers");
        rejects(mutate(good, m -> sub(m, "model").put("layers", List.of(2.0, 5000.0, 2.0))), "model.layers[1]: expected a whole number from 1 to 1000");
        rejects(mutate(good, m -> sub(m, "model").put("layers", List.of(2.0, 1000.0, 1000.0, 2.0))), "parameters; at most");
        rejects(mutate(good, m -> sub(m, "training").put("learningRate", -1.0)), "learning rate must be");
        rejects(mutate(good, m -> sub(m, "training").put("anneal", "cosine")), "annealing 'cosine'");
        rejects(mutate(good, m -> sub(m, "data").put("kind", "swiss-roll")), "unknown data set 'swiss-roll'");
        rejects(mutate(good, m -> sub(m, "data").put("noise", -0.5)), "noise must be");
        rejects(mutate(good, m -> m.put("accuracy", 1.5)), "accuracy: expected a fraction");
        rejects(mutate(good, m -> m.put("title", "x".repeat(201))), "title: longer than 200");
        rejects(good.replace("\"loss\":", "\"loss\": 1e999, \"x\":"), "number out of range");
        rejects("{\"format\":\"nnfs-model\",\"format\":1}", "duplicate member");
        rejects(" ".repeat(ModelDocument.MAX_CHARS + 1), "characters long");
        // the loss curve: its rows' shape, order, passes and size are checked as the history's are
        rejects(mutate(good, m -> m.put("curve", List.of(List.of(0.0, 0.5)))), "curve[0]: expected [pass, loss, testLoss]");
        rejects(mutate(good, m -> m.put("curve", List.of(List.of(3.0, 0.5, 0.4), List.of(3.0, 0.4, 0.4)))), "curve[1][0]: passes must increase");
        rejects(mutate(good, m -> m.put("curve", List.of(List.of(1e6, 0.5, 0.4)))), "curve[0][0]: pass 1000000 comes after the");
        rejects(mutate(good, m -> m.put("curve", List.of(List.of(1.0, "NaN", 0.4)))), "curve[0][1]: expected a number");
        rejects(mutate(good, m -> m.put("curve", java.util.Collections.nCopies(nnfs.nn.LossCurve.MAX_POINTS + 1, List.of(1.0, 0.5, 0.4)))),
                "curve: at most " + nnfs.nn.LossCurve.MAX_POINTS);
    }

    void refusesClaim(String text, String expectedMessagePart) {
        ModelDocument doc = ModelDocument.parse(text); // well formed: only its claims are wrong
        InvalidModelException e = assertThrows(InvalidModelException.class, doc::checkClaims);
        assertTrue(e.getMessage().contains(expectedMessagePart), "message was: " + e.getMessage());
    }

    @Test
    void claimsAreWhatTheWeightsDoOnTheData() {
        ModelDocument doc = trained();
        doc.checkClaims();
        ModelDocument.parse(doc.write()).checkClaims(); // printed and read back: the same bits
        String good = doc.write();
        refusesClaim(mutate(good, m -> m.put("accuracy", 1.0)), "accuracy: the document claims 1.0, but its weights give " + doc.accuracy);
        refusesClaim(mutate(good, m -> m.put("loss", 0.0001)), "loss: the document claims 1.0E-4");
        refusesClaim(mutate(good, m -> m.put("testLoss", doc.testLoss * (1 + 1e-6))), "testLoss: the document claims");
        refusesClaim(mutate(good, m -> m.put("testAccuracy", null)), "testAccuracy: missing");
        refusesClaim(mutate(good, m -> sub(m, "data").put("seed", 4.0)), "the document claims"); // other data, other scores
        // logistic regression carries an accuracy and no loss
        Dataset d = DatasetSpec.article().generate();
        LogisticRegressionCV cv = LogisticRegressionCV.fit(d);
        new ModelDocument("", cv.model, null, 0, DataSource.article(), List.of(), Double.NaN, cv.model.accuracy(d), Double.NaN, Double.NaN).checkClaims();
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> new ModelDocument("", cv.model, null, 0, DataSource.article(),
                List.of(), 0.3, cv.model.accuracy(d), Double.NaN, Double.NaN).checkClaims());
        assertTrue(e.getMessage().startsWith("loss: the document claims 0.3, but this model and data have no loss"), e.getMessage());
    }

    @Test
    void jsonWritesNumbersThatReadBackToTheSameBits() {
        double[] values = {0.1, 1.0 / 3, 1e-300, 4.9e-324, -0.0, 123456789012345678.0, 2.5, -7, 1e15, 0x1.fffffffffffffp1023};
        String text = Json.write(values);
        List<?> back = (List<?>) Json.parse(text);
        for (int i = 0; i < values.length; i++) {
            assertEquals(Double.doubleToRawLongBits(values[i]), Double.doubleToRawLongBits((Double) back.get(i)), text);
        }
        assertThrows(IllegalArgumentException.class, () -> Json.write(new double[] {Double.NaN}));
        assertEquals("\"a\\\"\\\\\\n\\u0001\"", Json.write("a\"\\\n\u0001"));
        assertEquals("a\"\\\n\u0001é", Json.parse("\"a\\\"\\\\\\n\\u0001\\u00e9\""));
    }
}

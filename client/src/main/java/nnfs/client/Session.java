package nnfs.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnfs.Classifier;
import nnfs.data.DataSource;
import nnfs.data.Dataset;
import nnfs.grid.DecisionGrid;
import nnfs.logreg.LogisticRegressionCV;
import nnfs.model.Json;
import nnfs.model.ModelDocument;
import nnfs.model.TrainingRequest;
import nnfs.nn.Evaluation;
import nnfs.nn.Network;
import nnfs.nn.Training;
import nnfs.text.PyFormat;

/**
 * One training run inside a browser worker: what the page asks for, answered as plain JSON text and float arrays.
 * Plain Java over {@code shared}, so the JVM tests drive the very same object.
 */
final class Session {
    private final Training training;
    private final DataSource data;
    private final DecisionGrid.Bounds bounds;
    private int reported;
    private LogisticRegressionCV baseline;

    private Session(Training training, DataSource data) {
        this.training = training;
        this.data = data;
        Dataset all = training.test() == null ? training.train() : training.train().plus(training.test());
        this.bounds = DecisionGrid.Bounds.around(all, nnfs.Limits.PLOT_MARGIN);
    }

    /** A fresh run of the request, recording the loss every {@code recordEvery} passes. */
    static Session start(String requestJson, long recordEvery) {
        TrainingRequest r = TrainingRequest.parse(requestJson);
        return new Session(r.start(recordEvery), r.data);
    }

    /** Continues a saved model from where it stopped (its history kept), recording every {@code recordEvery} passes. */
    static Session resume(String documentJson, long recordEvery) {
        ModelDocument doc = ModelDocument.parse(documentJson);
        if (!doc.isNetwork()) throw new IllegalArgumentException("only a network can keep training");
        Dataset[] tt = doc.data.trainAndTest();
        Training t = new Training(doc.network().copy(), tt[0], tt[1], doc.settings, recordEvery, doc.passesDone, doc.history);
        return new Session(t, doc.data);
    }

    /** Runs up to {@code passes} more passes and reports progress: new history points, the current loss and accuracy. */
    String advance(long passes) {
        training.advance(passes);
        return progress();
    }

    String progress() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pass", (double) training.pass());
        m.put("passes", (double) training.settings().passes);
        m.put("state", training.state().name());
        m.put("failure", training.failure());
        Evaluation e = training.evaluate();
        m.put("loss", Double.isFinite(e.loss) ? (Object) e.loss : null);
        m.put("accuracy", e.accuracy);
        if (training.test() != null) {
            Evaluation t = Evaluation.of(training.network(), training.test(), training.settings().reg);
            m.put("testLoss", Double.isFinite(t.loss) ? (Object) t.loss : null);
            m.put("testAccuracy", t.accuracy);
        }
        List<Training.Point> h = training.history();
        List<Object> fresh = new ArrayList<>();
        for (int i = reported; i < h.size(); i++) {
            Training.Point p = h.get(i);
            List<Object> row = ModelDocument.historyRow(p);
            row.add(PyFormat.lossLine(p.pass, p.loss)); // the article's line, formatted by the same code as the CLI
            fresh.add(row);
        }
        reported = h.size();
        m.put("history", fresh);
        if (training.endsAlternating()) {
            long last = training.settings().passes - 1;
            m.put("alternating", List.of(PyFormat.lossLine(last - 1, training.lossFromEnd(1)), PyFormat.lossLine(last, training.lossFromEnd(0))));
        }
        return Json.write(m);
    }

    void stop() {
        training.stop();
    }

    /** The points to draw and the plot's bounds (the data's range widened by 0.5, as the article plots). */
    String points() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("classes", (double) training.network().classes());
        m.put("bounds", new double[] {bounds.xMin, bounds.xMax, bounds.yMin, bounds.yMax});
        m.put("train", pointsJson(training.train()));
        if (training.test() != null) m.put("test", pointsJson(training.test()));
        return Json.write(m);
    }

    private static Map<String, Object> pointsJson(Dataset d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("x", d.x);
        m.put("y", d.y);
        return m;
    }

    /** Class probabilities on a w x h grid of pixel centres over the bounds, top row first: w * h * classes floats. */
    float[] grid(int w, int h) {
        return probabilities(training.network(), w, h);
    }

    /** The same for the logistic-regression baseline (LogisticRegressionCV on the training points). */
    float[] baselineGrid(int w, int h) {
        return probabilities(baseline().model, w, h);
    }

    LogisticRegressionCV baseline() {
        if (baseline == null) baseline = LogisticRegressionCV.fit(training.train());
        return baseline;
    }

    String baselineReport() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("C", baseline().c());
        m.put("accuracy", baseline().model.accuracy(training.train()));
        if (training.test() != null) m.put("testAccuracy", baseline().model.accuracy(training.test()));
        return Json.write(m);
    }

    private float[] probabilities(Classifier model, int w, int h) {
        if (w < 1 || h < 1 || (long) w * h > 1_000_000) throw new IllegalArgumentException("grid size out of range: " + w + " x " + h);
        DecisionGrid g = DecisionGrid.pixels(model, bounds, w, h);
        float[] out = new float[g.probabilities.length];
        for (int i = 0; i < out.length; i++) out[i] = (float) g.probabilities[i];
        return out;
    }

    /** The logistic-regression baseline's model document (on the same data). */
    String baselineDocument(String title) {
        LogisticRegressionCV cv = baseline();
        double testAccuracy = training.test() == null ? Double.NaN : cv.model.accuracy(training.test());
        return new ModelDocument(title, cv.model, null, 0, data, List.of(), Double.NaN, cv.model.accuracy(training.train()),
                Double.NaN, testAccuracy).write();
    }

    /** The model document of the run as it stands. */
    String document(String title) {
        return ModelDocument.of(title, training, data).write();
    }

    Network network() {
        return training.network();
    }
}

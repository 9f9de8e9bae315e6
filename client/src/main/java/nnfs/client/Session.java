package nnfs.client;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnfs.Classifier;
import nnfs.data.DataSource;
import nnfs.data.Dataset;
import nnfs.grid.DecisionGrid;
import nnfs.grid.PlaneWarp;
import nnfs.grid.UnitMaps;
import nnfs.logreg.LogisticRegressionCV;
import nnfs.model.Json;
import nnfs.model.ModelDocument;
import nnfs.model.ModelName;
import nnfs.model.TrainingRequest;
import nnfs.nn.Evaluation;
import nnfs.nn.LossCurve;
import nnfs.nn.LossTrace;
import nnfs.nn.Network;
import nnfs.nn.PointTrace;
import nnfs.nn.Training;
import nnfs.nn.TrainingCost;
import nnfs.nn.UpdateStep;
import nnfs.text.PyFormat;
import nnfs.nn.Activation;

/**
 * One training run inside a browser worker: what the page asks for, answered as plain JSON text and float arrays.
 * Plain Java over {@code shared}, so the JVM tests drive the very same object.
 */
final class Session {
    private final Training training;
    private final DataSource data;
    private final DecisionGrid.Bounds bounds;
    private int reported;
    /** Whether the two losses the article's run ends alternating between were reported. */
    private boolean alternatingReported;
    private LogisticRegressionCV baseline;
    /** The dense loss history for the page's chart (null when the page draws none), and how much of it was sent. */
    private final LossTrace trace;
    private int traceSent;
    private int traceGeneration;
    /** The last grid of probabilities drawn (the network's or the baseline's), kept for its colours. */
    private double[] lastGrid;
    private int lastGridClasses;
    /** The last picture of how a hidden layer bends the plane, asked for by {@link #warp}. */
    private PlaneWarp warp;

    private Session(Training training, DataSource data, LossCurve traced, DecisionGrid.Bounds view) {
        this.training = training;
        this.data = data;
        if (traced != null) {
            trace = new LossTrace();
            // a resumed model's chart starts with the curve it was saved with
            for (int i = 0; i < traced.size(); i++) trace.add(traced.pass(i), traced.loss(i), traced.testLoss(i));
            training.trace(trace);
        } else {
            trace = null;
        }
        Dataset all = training.test() == null ? training.train() : training.train().plus(training.test());
        // the plot being edited keeps its axes while the points fit in it: a point added near the edge would
        // otherwise widen the axes under the learner's cursor
        this.bounds = view != null && view.contains(all) ? view : DecisionGrid.Bounds.around(all, nnfs.Limits.PLOT_MARGIN);
    }

    /**
     * A fresh run of the request, recording the loss every {@code recordEvery} passes; with recordEvery 0 (the
     * hidden-size comparison) nothing is recorded and no loss chart is traced.
     */
    static Session start(String requestJson, long recordEvery) {
        return start(requestJson, recordEvery, null);
    }

    /** As {@link #start(String, long)}, drawn on {@code view} (the plot being edited) when all the points lie in it. */
    static Session start(String requestJson, long recordEvery, DecisionGrid.Bounds view) {
        TrainingRequest r = TrainingRequest.parse(requestJson);
        return new Session(r.start(recordEvery), r.data, recordEvery > 0 ? LossCurve.NONE : null, view);
    }

    /** Continues a saved model from where it stopped (its history kept), recording every {@code recordEvery} passes. */
    static Session resume(String documentJson, long recordEvery) {
        ModelDocument doc = ModelDocument.parse(documentJson);
        if (!doc.isNetwork()) throw new IllegalArgumentException("only a network can keep training");
        Dataset[] tt = doc.data.trainAndTest();
        Training t = new Training(doc.network().copy(), tt[0], tt[1], doc.settings, recordEvery, doc.passesDone, doc.history);
        return new Session(t, doc.data, doc.lossCurve(), null);
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
        if (training.failureKind() != null) {
            // the page explains a failure in its own language from these
            m.put("failureKind", training.failureKind().name());
            m.put("failurePass", (double) training.failurePass());
            m.put("learningRate", training.settings().learningRate);
        }
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
        if (trace != null) m.put("trace", traceRows());
        if (training.endsAlternating() && !alternatingReported) {
            alternatingReported = true; // said once, like the history: a later report (a click on the plot) adds nothing
            long last = training.settings().passes - 1;
            m.put("alternating", List.of(PyFormat.lossLine(last - 1, training.lossFromEnd(1)), PyFormat.lossLine(last, training.lossFromEnd(0))));
        }
        return Json.write(m);
    }

    /**
     * The chart's points not yet sent, as [pass, loss, testLoss or null] rows; after a thinning, all of them again,
     * marked "replace".
     */
    private Map<String, Object> traceRows() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (trace.generation() != traceGeneration) {
            traceGeneration = trace.generation();
            traceSent = 0;
            m.put("replace", true);
        }
        List<Object> rows = new ArrayList<>();
        for (int i = traceSent; i < trace.size(); i++) {
            double test = trace.testLoss(i);
            rows.add(Arrays.asList((double) trace.pass(i), Double.isFinite(trace.loss(i)) ? (Object) trace.loss(i) : null,
                    Double.isFinite(test) ? (Object) test : null));
        }
        traceSent = trace.size();
        m.put("rows", rows);
        return m;
    }

    void stop() {
        training.stop();
    }

    /** The network's shape and every weight and bias, for the diagram's edges: the same numbers as the document's. */
    String networkJson() {
        Network net = training.network();
        Map<String, Object> m = new LinkedHashMap<>();
        putShape(m, net);
        List<Object> w = new ArrayList<>(), b = new ArrayList<>();
        for (int l = 0; l < net.layers(); l++) {
            w.add(net.w[l]);
            b.add(net.b[l]);
        }
        m.put("w", w);
        m.put("b", b);
        return Json.write(m);
    }

    /** The network's layer sizes and activations, as the page's views read them. */
    private static void putShape(Map<String, Object> m, Network net) {
        List<Object> sizes = new ArrayList<>(), acts = new ArrayList<>();
        for (int size : net.sizes) sizes.add((double) size);
        for (Activation a : net.activations) acts.add(a.id);
        m.put("sizes", sizes);
        m.put("activations", acts);
    }

    /** Every unit's map over the plot (see {@link UnitMaps}), w x h cells each. */
    float[] unitMaps(int w, int h) {
        return floats(UnitMaps.of(training.network(), bounds, w, h));
    }

    /**
     * How hidden layer {@code layer} bends the plane (see {@link PlaneWarp}), kept for {@link #warpLines} and
     * {@link #warpPoints}; returns what the picture is: its layer, units, coordinates and projection.
     */
    String warp(int layer, int linesPerAxis, int samples) {
        Network net = training.network();
        warp = PlaneWarp.of(net, layer, bounds, linesPerAxis, samples, training.train());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("layer", (double) warp.layer);
        m.put("units", (double) warp.units);
        m.put("dims", (double) warp.dims);
        m.put("projected", warp.projected);
        m.put("linesPerAxis", (double) warp.linesPerAxis);
        m.put("samples", (double) warp.samples);
        m.put("explained", warp.explained);
        m.put("separator", warp.separator);
        m.put("activation", net.activations[layer - 1].id);
        m.put("hiddenLayers", (double) (net.layers() - 1));
        return Json.write(m);
    }

    float[] warpLines() {
        return floats(warp.lines);
    }

    float[] warpPoints() {
        return floats(warp.points);
    }

    private static float[] floats(double[] v) {
        float[] out = new float[v.length];
        for (int i = 0; i < out.length; i++) out[i] = (float) v[i];
        return out;
    }

    /** Point k of the data set, in the data set's own order (before any train/test split): x, its label, its side. */
    String dataPoint(int k) {
        Dataset all = data.all();
        if (k < 0 || k >= all.n) throw new IllegalArgumentException("point " + k + " does not exist: the data set has points 0 to " + (all.n - 1));
        boolean inTest = false;
        int[] testIndex = data.trainAndTestIndices()[1];
        if (testIndex != null) for (int i : testIndex) if (i == k) inTest = true;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", (double) k);
        m.put("x", new double[] {all.x[2 * k], all.x[2 * k + 1]});
        m.put("label", (double) all.y[k]);
        m.put("test", inTest);
        return Json.write(m);
    }

    /** One point followed through the network in the article's variables (see {@link PointTrace}). */
    String inspect(double x0, double x1, int label) {
        Network net = training.network();
        PointTrace t = PointTrace.of(net, new double[] {x0, x1}, label);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("x", t.x);
        m.put("label", (double) t.label);
        m.put("z", Arrays.asList((Object[]) t.z));
        m.put("a", Arrays.asList((Object[]) t.a));
        m.put("loss", t.loss);
        m.put("delta", Arrays.asList((Object[]) t.delta));
        m.put("dW", Arrays.asList((Object[]) t.dW));
        m.put("db", Arrays.asList((Object[]) t.db));
        putShape(m, net);
        m.put("pass", (double) training.pass());
        m.put("step", step());
        return Json.write(m);
    }

    /** At most this many multiply-adds (parameters x training points) for the whole update beside a followed point. */
    static final double MAX_STEP_COST = 2e7;

    /** The whole update of the next step (see {@link Training#nextStep}), or null where it would cost too much to redo live. */
    private Map<String, Object> step() {
        if ((double) TrainingCost.parameters(training.network().sizes) * training.train().n > MAX_STEP_COST) return null;
        UpdateStep u = training.nextStep();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pass", (double) u.pass);
        m.put("batchRows", (double) u.batchRows);
        m.put("trainingRows", (double) u.trainingRows);
        m.put("learningRate", u.learningRate);
        m.put("reg", u.reg);
        m.put("mean", training.settings().meanGradients);
        m.put("data", Arrays.asList((Object[]) u.dataTerm));
        m.put("penalty", Arrays.asList((Object[]) u.penaltyTerm));
        m.put("dW", Arrays.asList((Object[]) u.dW));
        m.put("db", Arrays.asList((Object[]) u.db));
        m.put("wBefore", Arrays.asList((Object[]) u.wBefore));
        m.put("bBefore", Arrays.asList((Object[]) u.bBefore));
        m.put("wAfter", Arrays.asList((Object[]) u.wAfter));
        m.put("bAfter", Arrays.asList((Object[]) u.bAfter));
        return m;
    }

    /** The points to draw and the plot's bounds (the data's range widened by 0.5, as the article plots). */
    String points() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("classes", (double) training.network().classes());
        m.put("bounds", new double[] {bounds.xMin, bounds.xMax, bounds.yMin, bounds.yMax});
        m.put("train", pointsJson(training.train()));
        if (training.test() != null) m.put("test", pointsJson(training.test()));
        // which point of the data set each one is, so that a click can name it ("#inspect=K")
        int[][] index = data.trainAndTestIndices();
        m.put("trainIndex", index[0]);
        if (index[1] != null) m.put("testIndex", index[1]);
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

    /** The colours (0xRRGGBB) of the cells of the last grid asked for, by shared's one rule for every picture. */
    int[] gridColours(boolean shading) {
        if (lastGrid == null) return new int[0];
        return nnfs.grid.Palette.regions(lastGrid, lastGridClasses, shading);
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
        lastGrid = DecisionGrid.pixels(model, bounds, w, h).probabilities;
        lastGridClasses = model.classes();
        return floats(lastGrid);
    }

    /** The logistic-regression baseline's model document (on the same data). */
    String baselineDocument(String title) {
        LogisticRegressionCV cv = baseline();
        double testAccuracy = training.test() == null ? Double.NaN : cv.model.accuracy(training.test());
        return new ModelDocument(title, cv.model, null, 0, data, List.of(), Double.NaN, cv.model.accuracy(training.train()),
                Double.NaN, testAccuracy).write();
    }

    /** What the model shared now is called when its sharer gives it no title (see {@link ModelName}). */
    String modelName(boolean baseline, String lang) {
        if (baseline) return ModelName.of(baseline().model, lang);
        return ModelName.of(training.network(), lang);
    }

    /** The model document of the run as it stands. */
    String document(String title) {
        return ModelDocument.of(title, training, data).write();
    }

    Network network() {
        return training.network();
    }
}

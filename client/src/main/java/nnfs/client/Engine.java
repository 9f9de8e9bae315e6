package nnfs.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnfs.logreg.LogisticRegressionCV;
import nnfs.math.CorrectlyRounded;
import nnfs.math.Exp;
import nnfs.math.Fdlibm;
import nnfs.math.Tanh;
import nnfs.grid.DecisionGrid;
import nnfs.model.Json;
import nnfs.model.ModelDocument;
import nnfs.model.TrainingRequest;
import nnfs.nn.Loops;
import nnfs.nn.Network;
import nnfs.nn.Training;
import nnfs.text.PyFormat;
import org.teavm.jso.JSExport;
import org.teavm.jso.typedarrays.Float32Array;
import org.teavm.jso.typedarrays.Int32Array;
import nnfs.data.Dataset;
import nnfs.data.PointsCsv;
import nnfs.text.Problem;

/**
 * The functions the compiled JavaScript exports. Plain Java over {@code shared}, so the JVM can call the very
 * same code: that is how the tests prove a browser run gives the same bits as the command line.
 */
public final class Engine {
    private Engine() {}

    /**
     * Trains the request's network for {@code passes} passes and reports what a comparison needs: the loss lines
     * the article prints (every {@code recordEvery} passes), every weight and bias as its 64 bits in hex, and the
     * model document.
     */
    /** The page's language: the engine's messages are rendered in it, from shared's catalogue (nnfs.text.Msg). */
    private static String language = "en";

    @JSExport
    public static void setLanguage(String lang) {
        language = lang;
    }

    /** The browsers' engines run TeaVM's code an element at a time: the worker asks for the loops written so. */
    @JSExport
    public static void useScalarLoops() {
        Loops.useScalar();
    }

    @JSExport
    public static String trainReport(String requestJson, int passes, int recordEvery) {
        TrainingRequest request = TrainingRequest.parse(requestJson);
        Training t = request.start(recordEvery);
        t.advance(passes);
        StringBuilder sb = new StringBuilder();
        for (Training.Point p : t.history()) sb.append(PyFormat.lossLine(p.pass, p.loss)).append('\n');
        sb.append("state ").append(t.state()).append(" after ").append(t.pass()).append(" passes\n");
        Network net = t.network();
        for (int l = 0; l < net.layers(); l++) {
            sb.append("W").append(l + 1).append(hex(net.w[l])).append('\n');
            sb.append("b").append(l + 1).append(hex(net.b[l])).append('\n');
        }
        sb.append(ModelDocument.of("", t, request.data).write()).append('\n');
        return sb.toString();
    }

    /**
     * Every deterministic function over {@code count} pseudo-random arguments of all magnitudes, as bits: the
     * tests compare this report from the JVM and from the compiled JavaScript.
     */
    @JSExport
    public static String mathReport(int count) {
        StringBuilder sb = new StringBuilder();
        long state = 12345;
        for (int i = 0; i < count; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            double u = (state >>> 11) * 0x1.0p-53;
            double x = (u - 0.5) * SCALES[i % SCALES.length];
            double ax = Math.abs(x);
            double t = x % 1000;
            sb.append(hex(new double[] {x, Fdlibm.exp(x), Fdlibm.expm1(x), Fdlibm.log(ax), Fdlibm.tanh(x), Fdlibm.sigmoid(x),
                    Fdlibm.sin(t), Fdlibm.cos(t), CorrectlyRounded.log(ax), CorrectlyRounded.sin(t), CorrectlyRounded.cos(t),
                    CorrectlyRounded.pow10((u - 0.5) * 20), Tanh.tanh(x), Exp.exp(x)}));
            sb.append('\n');
        }
        return sb.toString();
    }

    private static final double[] SCALES = {8, 80, 1500, 8e-3, 1e-9, 1e-300, 44, 2};

    /** The article's baseline, LogisticRegressionCV, on the request's data: C, coefficients and intercepts as bits. */
    @JSExport
    public static String logregReport(String requestJson) {
        TrainingRequest request = TrainingRequest.parse(requestJson);
        LogisticRegressionCV cv = LogisticRegressionCV.fit(request.data.trainAndTest()[0]);
        return "C" + hex(new double[] {cv.c()}) + "\ncoef" + hex(cv.model.coef) + "\nintercept" + hex(cv.model.intercept) + "\n";
    }

    // ------------------------------------------------------------------ the worker's session

    private static Session session;

    /** A CSV file's points as {@code {"points": [[x, y, label], ...]}}, or {@code {"error": "line 3: ..."}}. */
    @JSExport
    public static String parsePointsCsv(String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        try {
            Dataset d = PointsCsv.parse(text);
            List<Object> rows = new ArrayList<>();
            for (int i = 0; i < d.n; i++) rows.add(new double[] {d.get(i, 0), d.get(i, 1), d.y[i]});
            m.put("points", rows);
        } catch (IllegalArgumentException e) {
            m.put("error", Problem.in(language, e));
        }
        return Json.write(m);
    }

    /**
     * Starts a fresh run of the request; returns "" or what was wrong with the request. The view (x and y ranges,
     * NaN for none) is the plot being edited, kept when the points still fit in it.
     */
    @JSExport
    public static String sessionStart(String requestJson, int recordEvery, double xMin, double xMax, double yMin, double yMax) {
        try {
            DecisionGrid.Bounds view = Double.isNaN(xMin) ? null : new DecisionGrid.Bounds(xMin, xMax, yMin, yMax);
            session = Session.start(requestJson, recordEvery, view);
            return "";
        } catch (IllegalArgumentException e) {
            session = null;
            return Problem.in(language, e);
        }
    }

    /** Continues a saved model document; returns "" or what was wrong with it. */
    @JSExport
    public static String sessionResume(String documentJson, int recordEvery) {
        try {
            session = Session.resume(documentJson, recordEvery);
            return "";
        } catch (IllegalArgumentException e) {
            session = null;
            return Problem.in(language, e);
        }
    }

    @JSExport
    public static String sessionAdvance(int passes) {
        return session.advance(passes);
    }

    @JSExport
    public static String sessionProgress() {
        return session.progress();
    }

    @JSExport
    public static void sessionStop() {
        session.stop();
    }

    @JSExport
    public static String sessionPoints() {
        return session.points();
    }

    @JSExport
    public static Float32Array sessionGrid(int w, int h) {
        return Float32Array.copyFromJavaArray(session.grid(w, h));
    }

    /** The colours (0xRRGGBB) of the last grid's cells (the network's or the baseline's), by shared's one rule. */
    @JSExport
    public static Int32Array sessionGridColours(boolean shading) {
        return Int32Array.copyFromJavaArray(session.gridColours(shading));
    }

    @JSExport
    public static String sessionNetwork() {
        return session.networkJson();
    }

    @JSExport
    public static Float32Array sessionUnitMaps(int w, int h) {
        return Float32Array.copyFromJavaArray(session.unitMaps(w, h));
    }

    /** How hidden layer {@code layer} bends the plane, as JSON (its arrays by the next two), or {"error": why}. */
    @JSExport
    public static String sessionWarp(int layer, int linesPerAxis, int samples) {
        try {
            return session.warp(layer, linesPerAxis, samples);
        } catch (IllegalArgumentException e) {
            return errorJson(e);
        }
    }

    @JSExport
    public static Float32Array sessionWarpLines() {
        return Float32Array.copyFromJavaArray(session.warpLines());
    }

    @JSExport
    public static Float32Array sessionWarpPoints() {
        return Float32Array.copyFromJavaArray(session.warpPoints());
    }

    /** Point k of the data set as JSON, or {"error": why}. */
    @JSExport
    public static String sessionDataPoint(int k) {
        try {
            return session.dataPoint(k);
        } catch (IllegalArgumentException e) {
            return errorJson(e);
        }
    }

    /** The point (x0, x1) followed through the network with the given label, as JSON, or {"error": why}. */
    @JSExport
    public static String sessionInspect(double x0, double x1, int label) {
        try {
            return session.inspect(x0, x1, label);
        } catch (IllegalArgumentException e) {
            return errorJson(e);
        }
    }

    private static String errorJson(IllegalArgumentException e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", Problem.in(language, e));
        return Json.write(m);
    }

    @JSExport
    public static Float32Array sessionBaselineGrid(int w, int h) {
        return Float32Array.copyFromJavaArray(session.baselineGrid(w, h));
    }

    @JSExport
    public static String sessionBaseline() {
        return session.baselineReport();
    }

    @JSExport
    public static String sessionBaselineDocument(String title) {
        return session.baselineDocument(title);
    }

    @JSExport
    public static String sessionDocument(String title) {
        return session.document(title);
    }

    /** The automatic title of the model shared now (the network's, or the baseline's), in the page's language. */
    @JSExport
    public static String sessionModelName(boolean baseline) {
        return session.modelName(baseline, language);
    }

    private static String hex(double[] values) {
        StringBuilder sb = new StringBuilder();
        for (double v : values) sb.append(' ').append(Long.toHexString(Double.doubleToRawLongBits(v)));
        return sb.toString();
    }
}

package nnfs.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnfs.Classifier;
import nnfs.data.DataSource;
import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;
import nnfs.logreg.LogisticRegression;
import nnfs.nn.Activation;
import nnfs.nn.Network;
import nnfs.nn.Schedule;
import nnfs.nn.Training;
import nnfs.nn.TrainingSettings;
import nnfs.nn.Evaluation;
import nnfs.nn.LossCurve;
import nnfs.text.Msg;
import nnfs.text.Problem;

/**
 * The one JSON form of a trained model that the browser, the server and the command line read and write:
 * format name and version, the model (a network's layer sizes, activations, weights and biases, or a logistic
 * regression), how it was trained, which data, the loss history and the final loss and accuracy.
 *
 * <p>{@link #fromJson} is the single place where a document is checked: shapes consistent, every number
 * finite, sizes within limits, activation and version known. It names the first problem it finds.
 */
public final class ModelDocument {
    public static final String FORMAT = "nnfs-model";
    public static final int VERSION = 1;
    /** The largest document text accepted (the server's body limit too). */
    public static final int MAX_CHARS = 256 * 1024;
    public static final int MAX_PARAMETERS = 10_000;
    public static final int MAX_HISTORY = 2_000;
    public static final int MAX_TITLE = 200;

    public final String title;
    public final Classifier model;
    /** How the network was trained; null for logistic regression. */
    public final TrainingSettings settings;
    public final long passesDone;
    public final DataSource data;
    public final List<Training.Point> history;
    /** The loss curve a chart draws (dense early, ending at the last pass); empty in documents that carry none. */
    public final LossCurve curve;
    public final double loss;
    public final double accuracy;
    /** NaN without test data. */
    public final double testLoss;
    public final double testAccuracy;
    /**
     * Set by the server that stores a document it did not train again (its replay costs more than the server's
     * budget, or it was stored before documents were verified): every page, picture and embed of it says so.
     */
    public final boolean unverified;

    public ModelDocument(String title, Classifier model, TrainingSettings settings, long passesDone, DataSource data,
                         List<Training.Point> history, double loss, double accuracy, double testLoss, double testAccuracy) {
        this(title, model, settings, passesDone, data, history, LossCurve.NONE, loss, accuracy, testLoss, testAccuracy, false);
    }

    private ModelDocument(String title, Classifier model, TrainingSettings settings, long passesDone, DataSource data,
                          List<Training.Point> history, LossCurve curve, double loss, double accuracy, double testLoss,
                          double testAccuracy, boolean unverified) {
        this.title = title == null ? "" : title;
        this.model = model;
        this.settings = settings;
        this.passesDone = passesDone;
        this.data = data;
        this.history = new ArrayList<>(history);
        this.curve = curve;
        this.loss = loss;
        this.accuracy = accuracy;
        this.testLoss = testLoss;
        this.testAccuracy = testAccuracy;
        this.unverified = unverified;
    }

    /** The curve a chart draws: the document's own, or (a document that carries none) its history's losses. */
    public LossCurve lossCurve() {
        if (!curve.isEmpty() || history.isEmpty()) return curve;
        int n = history.size();
        long[] pass = new long[n];
        double[] loss = new double[n], test = new double[n];
        for (int i = 0; i < n; i++) {
            pass[i] = history.get(i).pass;
            loss[i] = history.get(i).loss;
            test[i] = history.get(i).testLoss;
        }
        return new LossCurve(pass, loss, test);
    }

    /** The same document with this loss curve. */
    public ModelDocument withCurve(LossCurve c) {
        return new ModelDocument(title, model, settings, passesDone, data, history, c, loss, accuracy, testLoss, testAccuracy, unverified);
    }

    /** The same document, marked as not trained again by the server that stores it (or not). */
    public ModelDocument marked(boolean unverified) {
        return unverified == this.unverified ? this
                : new ModelDocument(title, model, settings, passesDone, data, history, curve, loss, accuracy, testLoss, testAccuracy, unverified);
    }

    /** The document of a training run as it stands. */
    public static ModelDocument of(String title, Training t, DataSource data) {
        var train = t.evaluate();
        double testLoss = Double.NaN, testAcc = Double.NaN;
        if (t.test() != null) {
            var e = Evaluation.of(t.network(), t.test(), t.settings().reg);
            testLoss = e.loss;
            testAcc = e.accuracy;
        }
        LossCurve curve = t.trace() == null ? LossCurve.NONE : LossCurve.of(t.trace());
        return new ModelDocument(title, t.network().copy(), t.settings(), t.pass(), data, t.history(), curve,
                train.loss, train.accuracy, testLoss, testAcc, false);
    }

    /**
     * Recomputes what the document claims (loss, accuracy, testLoss, testAccuracy) from its weights and its data,
     * and throws {@link InvalidModelException} naming the first claim that differs beyond rounding: a shared
     * model's card must not say what its weights do not do. Costs one forward pass over the data.
     */
    public void checkClaims() {
        Dataset[] tt;
        try {
            tt = data.trainAndTest();
        } catch (IllegalArgumentException e) {
            throw new InvalidModelException(Problem.of(e).at("data"));
        }
        double[] train = scores(tt[0]);
        claim("loss", loss, train[0]);
        claim("accuracy", accuracy, train[1]);
        double[] test = tt[1] == null ? new double[] {Double.NaN, Double.NaN} : scores(tt[1]);
        claim("testLoss", testLoss, test[0]);
        claim("testAccuracy", testAccuracy, test[1]);
    }

    /** Loss (NaN for logistic regression, whose documents carry none) and accuracy of the model on d. */
    private double[] scores(Dataset d) {
        if (isNetwork()) {
            Evaluation e = Evaluation.of(network(), d, settings.reg);
            return new double[] {e.loss, e.accuracy};
        }
        return new double[] {Double.NaN, ((LogisticRegression) model).accuracy(d)};
    }

    private static void claim(String field, double claimed, double actual) {
        if (Double.isNaN(actual) && Double.isNaN(claimed)) return;
        if (Double.isNaN(actual)) {
            throw new InvalidModelException(Problem.of(Msg.CLAIM_WITHOUT, claimed, field).at(field));
        }
        if (Double.isNaN(claimed)) {
            throw new InvalidModelException(Problem.of(Msg.CLAIM_MISSING, actual).at(field));
        }
        // the same code computes it everywhere (JVM, JavaScript, WebAssembly): only printing and parsing may round
        if (Math.abs(claimed - actual) > 1e-9 * Math.max(1, Math.abs(actual))) {
            throw new InvalidModelException(Problem.of(Msg.CLAIM_WRONG, claimed, actual).at(field));
        }
    }

    public boolean isNetwork() {
        return model instanceof Network;
    }

    public Network network() {
        return (Network) model;
    }

    // ---------------------------------------------------------------- writing

    public String write() {
        return Json.write(toJson());
    }

    public Map<String, Object> toJson() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", FORMAT);
        doc.put("version", (double) VERSION);
        doc.put("title", title);
        doc.put("model", modelJson());
        if (settings != null) doc.put("training", trainingJson(settings, passesDone));
        doc.put("data", dataJson(data));
        List<Object> h = new ArrayList<>();
        for (Training.Point p : history) h.add(historyRow(p));
        doc.put("history", h);
        if (!curve.isEmpty()) {
            List<Object> c = new ArrayList<>();
            for (int i = 0; i < curve.size(); i++) {
                List<Object> row = new ArrayList<>();
                row.add((double) curve.pass(i));
                row.add(curve.loss(i));
                row.add(orNull(curve.testLoss(i)));
                c.add(row);
            }
            doc.put("curve", c);
        }
        doc.put("loss", orNull(loss));
        doc.put("accuracy", accuracy);
        doc.put("testLoss", orNull(testLoss));
        doc.put("testAccuracy", orNull(testAccuracy));
        if (unverified) doc.put("unverified", true);
        return doc;
    }

    /** One point of the loss history as the document writes it: [pass, loss, accuracy, testLoss, testAccuracy]. */
    public static List<Object> historyRow(Training.Point p) {
        List<Object> row = new ArrayList<>();
        row.add((double) p.pass);
        row.add(p.loss);
        row.add(p.accuracy);
        row.add(orNull(p.testLoss));
        row.add(orNull(p.testAccuracy));
        return row;
    }

    private static Object orNull(double v) {
        return Double.isNaN(v) ? null : (Object) v;
    }

    private Map<String, Object> modelJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (model instanceof Network) {
            Network n = (Network) model;
            m.put("type", "network");
            List<Object> layers = new ArrayList<>();
            for (int s : n.sizes) layers.add((double) s);
            m.put("layers", layers);
            List<Object> acts = new ArrayList<>();
            for (Activation a : n.activations) acts.add(a.id);
            m.put("activations", acts);
            List<Object> ws = new ArrayList<>();
            List<Object> bs = new ArrayList<>();
            for (int l = 0; l < n.layers(); l++) {
                ws.add(rows(n.w[l], n.sizes[l], n.sizes[l + 1]));
                bs.add(n.b[l]);
            }
            m.put("W", ws);
            m.put("b", bs);
        } else {
            LogisticRegression lr = (LogisticRegression) model;
            m.put("type", "logistic-regression");
            m.put("inputs", (double) lr.dims);
            m.put("classes", (double) lr.classes);
            m.put("C", lr.c);
            m.put("coef", rows(lr.coef, lr.intercept.length, lr.dims));
            m.put("intercept", lr.intercept);
        }
        return m;
    }

    /** A row-major matrix as nested JSON arrays, one per row. */
    public static List<Object> rows(double[] flat, int rows, int cols) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            double[] r = new double[cols];
            System.arraycopy(flat, i * cols, r, 0, cols);
            out.add(r);
        }
        return out;
    }

    static Map<String, Object> dataJson(DataSource data) {
        Map<String, Object> d = new LinkedHashMap<>();
        if (data.isGenerated()) {
            DatasetSpec s = data.spec;
            d.put("kind", s.kind.id);
            d.put("n", (double) s.n);
            d.put("noise", s.noise);
            d.put("seed", (double) s.seed);
            if (s.kind.hasClasses()) d.put("classes", (double) s.classes);
            if (s.kind == DatasetSpec.Kind.CIRCLES) d.put("factor", s.factor);
        } else {
            d.put("kind", "points");
            List<Object> pts = new ArrayList<>();
            Dataset p = data.points;
            for (int i = 0; i < p.n; i++) {
                List<Object> row = new ArrayList<>();
                for (int j = 0; j < p.dims; j++) row.add(p.get(i, j));
                row.add((double) p.y[i]);
                pts.add(row);
            }
            d.put("classes", (double) p.classes);
            d.put("points", pts);
        }
        d.put("testFraction", data.testFraction);
        d.put("splitSeed", (double) data.splitSeed);
        return d;
    }

    // ---------------------------------------------------------------- reading

    /** Parses and checks a document's text. */
    public static ModelDocument parse(String text) {
        if (text.length() > MAX_CHARS) {
            throw new InvalidModelException(Problem.of(Msg.DOCUMENT_TOO_LONG, text.length(), MAX_CHARS));
        }
        Object tree;
        try {
            tree = Json.parse(text);
        } catch (Json.SyntaxException e) {
            throw InvalidModelException.of(e);
        }
        return fromJson(tree);
    }

    /** Checks a parsed document (from {@link Json} or a platform parser giving the same kinds of values). */
    public static ModelDocument fromJson(Object tree) {
        try {
            Node doc = Node.root(tree);
            String format = doc.get("format").string();
            if (!FORMAT.equals(format)) throw doc.get("format").invalid(Msg.EXPECTED_FORMAT, FORMAT);
            long version = doc.get("version").integer(1, Integer.MAX_VALUE);
            if (version != VERSION) throw doc.get("version").invalid(Msg.UNKNOWN_VERSION, version, VERSION);
            String title = doc.has("title") ? doc.get("title").string() : "";
            if (title.length() > MAX_TITLE) throw doc.get("title").invalid(Msg.TITLE_TOO_LONG, MAX_TITLE);
            Classifier model = readModel(doc.get("model"));
            TrainingSettings settings = null;
            long done = 0;
            if (model instanceof Network) {
                Node t = doc.get("training");
                settings = readTraining(t);
                done = t.get("passesDone").integer(0, settings.passes);
            } else if (doc.has("training")) {
                throw doc.get("training").invalid(Msg.LOGREG_TRAINING);
            }
            DataSource data = readData(doc.get("data"));
            List<Training.Point> history = new ArrayList<>();
            Node h = doc.get("history");
            int count = h.size(MAX_HISTORY);
            long lastPass = -1;
            for (int i = 0; i < count; i++) {
                Node row = h.at(i);
                int len = row.size(5);
                if (len != 5) throw row.invalid(Msg.HISTORY_ROW);
                long pass = row.at(0).integer(0, TrainingSettings.MAX_PASSES);
                if (pass <= lastPass) throw row.at(0).invalid(Msg.HISTORY_ORDER);
                lastPass = pass;
                history.add(new Training.Point(pass, row.at(1).finite(), row.at(2).fraction(),
                        row.at(3).finiteOrNull(), row.at(4).fractionOrNull()));
            }
            LossCurve curve = doc.has("curve") ? readCurve(doc.get("curve"), done) : LossCurve.NONE;
            int inputs = model.inputs();
            Dataset all = data.isGenerated() ? null : data.points;
            if (all != null && all.dims != inputs) throw doc.get("data").invalid(Msg.POINT_DIMS, all.dims, inputs);
            int dataClasses = data.isGenerated() ? data.spec.classes : data.points.classes;
            if (dataClasses > model.classes()) {
                throw doc.get("data").invalid(Msg.MODEL_CLASSES, dataClasses, model.classes());
            }
            if (data.isGenerated() && inputs != 2) throw doc.get("model").invalid(Msg.GENERATED_DIMS, inputs);
            return new ModelDocument(title, model, settings, done, data, history, curve,
                    doc.get("loss").finiteOrNull(), doc.get("accuracy").fraction(),
                    doc.has("testLoss") ? doc.get("testLoss").finiteOrNull() : Double.NaN,
                    doc.has("testAccuracy") ? doc.get("testAccuracy").fractionOrNull() : Double.NaN,
                    doc.has("unverified") && doc.get("unverified").bool());
        } catch (InvalidModelException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw InvalidModelException.of(e);
        }
    }

    /** The loss curve: at most {@link LossCurve#MAX_POINTS} rows [pass, loss, testLoss], passes increasing and done. */
    private static LossCurve readCurve(Node c, long done) {
        int n = c.size(LossCurve.MAX_POINTS);
        long[] pass = new long[n];
        double[] loss = new double[n], test = new double[n];
        for (int i = 0; i < n; i++) {
            Node row = c.at(i);
            if (row.size(3) != 3) throw row.invalid(Msg.CURVE_ROW);
            pass[i] = row.at(0).integer(0, TrainingSettings.MAX_PASSES);
            if (i > 0 && pass[i] <= pass[i - 1]) throw row.at(0).invalid(Msg.HISTORY_ORDER);
            // a point is the loss after the update of its pass: that pass must have been done
            if (pass[i] + 1 > done) throw row.at(0).invalid(Msg.REPLAY_PASS_ORDER, pass[i], done);
            loss[i] = row.at(1).finite();
            test[i] = row.at(2).finiteOrNull();
        }
        return new LossCurve(pass, loss, test);
    }

    private static Classifier readModel(Node m) {
        String type = m.get("type").string();
        if (type.equals("network")) {
            Node layers = m.get("layers");
            int depth = layers.size(Network.MAX_LAYERS + 2);
            int[] sizes = new int[depth];
            for (int i = 0; i < depth; i++) sizes[i] = (int) layers.at(i).integer(1, Network.MAX_UNITS);
            Node acts = m.get("activations");
            Activation[] activations = new Activation[acts.size(Network.MAX_LAYERS)];
            for (int i = 0; i < activations.length; i++) {
                try {
                    activations[i] = Activation.parse(acts.at(i).string());
                } catch (IllegalArgumentException e) {
                    throw acts.at(i).invalid(e);
                }
            }
            try {
                Network.checkShape(sizes, activations);
            } catch (IllegalArgumentException e) {
                throw layers.invalid(e);
            }
            long params = 0;
            for (int l = 0; l + 1 < sizes.length; l++) params += (long) sizes[l] * sizes[l + 1] + sizes[l + 1];
            if (params > MAX_PARAMETERS) throw layers.invalid(Msg.TOO_MANY_PARAMETERS, params, MAX_PARAMETERS);
            Node ws = m.get("W"), bs = m.get("b");
            int layerCount = sizes.length - 1;
            if (ws.size(layerCount) != layerCount) throw ws.invalid(Msg.WEIGHT_MATRICES, layerCount);
            if (bs.size(layerCount) != layerCount) throw bs.invalid(Msg.BIAS_VECTORS, layerCount);
            double[][] w = new double[layerCount][];
            double[][] b = new double[layerCount][];
            for (int l = 0; l < layerCount; l++) {
                w[l] = ws.at(l).matrix(sizes[l], sizes[l + 1]);
                b[l] = bs.at(l).vector(sizes[l + 1]);
            }
            return new Network(sizes, activations, w, b);
        }
        if (type.equals("logistic-regression")) {
            int inputs = (int) m.get("inputs").integer(1, Network.MAX_INPUTS);
            int classes = (int) m.get("classes").integer(2, Network.MAX_CLASSES);
            int outputs = classes == 2 ? 1 : classes;
            double c = m.get("C").finite();
            if (!(c > 0)) throw m.get("C").invalid(Msg.C_POSITIVE);
            return new LogisticRegression(inputs, classes, c, m.get("coef").matrix(outputs, inputs), m.get("intercept").vector(outputs));
        }
        throw m.get("type").invalid(Msg.UNKNOWN_MODEL_TYPE, type);
    }

    static TrainingSettings readTraining(Node t) {
        Schedule schedule;
        try {
            schedule = Schedule.parse(t.get("anneal").string());
        } catch (InvalidModelException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw t.get("anneal").invalid(e);
        }
        return new TrainingSettings(
                t.get("passes").integer(0, TrainingSettings.MAX_PASSES),
                t.get("learningRate").finite(),
                t.get("reg").finite(),
                t.get("seed").integer(0, 0xFFFFFFFFL),
                (int) t.get("batchSize").integer(0, Integer.MAX_VALUE),
                schedule,
                t.get("meanGradients").bool());
    }

    static Map<String, Object> trainingJson(TrainingSettings settings, long passesDone) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("passes", (double) settings.passes);
        t.put("passesDone", (double) passesDone);
        t.put("learningRate", settings.learningRate);
        t.put("reg", settings.reg);
        t.put("seed", (double) settings.seed);
        t.put("batchSize", (double) settings.batchSize);
        t.put("anneal", settings.schedule.toString());
        t.put("meanGradients", settings.meanGradients);
        return t;
    }

    static DataSource readData(Node d) {
        String kind = d.get("kind").string();
        double testFraction = d.has("testFraction") ? d.get("testFraction").finite() : 0;
        long splitSeed = d.has("splitSeed") ? d.get("splitSeed").integer(0, 0xFFFFFFFFL) : 0;
        if (kind.equals("points")) {
            Node pts = d.get("points");
            int n = pts.size(DataSource.MAX_POINTS);
            int classes = (int) d.get("classes").integer(2, Network.MAX_CLASSES);
            if (n < 1) throw pts.invalid(Msg.NO_POINTS);
            int dims = pts.at(0).size(Network.MAX_INPUTS + 1) - 1;
            if (dims < 1) throw pts.at(0).invalid(Msg.POINT_ROW);
            double[] x = new double[n * dims];
            int[] y = new int[n];
            for (int i = 0; i < n; i++) {
                Node row = pts.at(i);
                if (row.size(dims + 1) != dims + 1) throw row.invalid(Msg.POINT_ROW_NUMBERS, dims + 1);
                for (int j = 0; j < dims; j++) x[i * dims + j] = row.at(j).finite();
                y[i] = (int) row.at(dims).integer(0, classes - 1);
            }
            return DataSource.points(new Dataset(dims, classes, x, y), testFraction, splitSeed);
        }
        DatasetSpec.Kind k;
        try {
            k = DatasetSpec.Kind.parse(kind);
        } catch (IllegalArgumentException e) {
            throw d.get("kind").invalid(Msg.UNKNOWN_DOCUMENT_DATA, kind);
        }
        DatasetSpec spec = new DatasetSpec(k, (int) d.get("n").integer(1, Integer.MAX_VALUE), d.get("noise").finite(),
                d.get("seed").integer(0, 0xFFFFFFFFL), k.hasClasses() ? (int) d.get("classes").integer(2, Network.MAX_CLASSES) : 2,
                k == DatasetSpec.Kind.CIRCLES ? d.get("factor").finite() : DatasetSpec.DEFAULT_FACTOR);
        spec.check();
        return DataSource.generated(spec, testFraction, splitSeed);
    }
}

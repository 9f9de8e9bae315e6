package nnfs.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnfs.data.DataSource;
import nnfs.data.Dataset;
import nnfs.nn.Activation;
import nnfs.nn.Network;
import nnfs.nn.Training;
import nnfs.nn.TrainingSettings;
import nnfs.text.Msg;
import nnfs.text.Problem;

/**
 * What to train, in the same JSON words as the model document: {@code {"data": {...}, "hidden": [3],
 * "activations": ["tanh"], "training": {...}}}. The server's {@code POST /api/train} and the browser's worker
 * read it; checked like the document, first problem named.
 */
public final class TrainingRequest {
    public final DataSource data;
    public final int[] hidden;
    public final Activation[] activations;
    public final TrainingSettings settings;

    public TrainingRequest(DataSource data, int[] hidden, Activation[] activations, TrainingSettings settings) {
        this.data = data;
        this.hidden = hidden.clone();
        this.activations = activations.clone();
        this.settings = settings;
    }

    /** The article's run: moons, 3 tanh hidden units, 20000 passes. */
    public static TrainingRequest article() {
        return new TrainingRequest(DataSource.article(), new int[] {3}, new Activation[] {Activation.TANH}, TrainingSettings.article());
    }

    public static TrainingRequest parse(String text) {
        return fromJson(tree(text));
    }

    /** A request's JSON (a training, a challenge), within the size a document may have; its faults said as a document's. */
    static Object tree(String text) {
        if (text.length() > ModelDocument.MAX_CHARS) throw new InvalidModelException(Problem.of(Msg.REQUEST_TOO_LONG, ModelDocument.MAX_CHARS));
        try {
            return Json.parse(text);
        } catch (Json.SyntaxException e) {
            throw InvalidModelException.of(e);
        }
    }

    public static TrainingRequest fromJson(Object tree) {
        try {
            Node r = Node.root(tree);
            Node h = r.get("hidden");
            int layers = h.size(Network.MAX_LAYERS);
            if (layers < 1) throw h.invalid(Msg.NO_HIDDEN_LAYER);
            int[] hidden = new int[layers];
            for (int i = 0; i < layers; i++) hidden[i] = (int) h.at(i).integer(1, Network.MAX_UNITS);
            Node a = r.get("activations");
            int count = a.size(Network.MAX_LAYERS);
            if (count != layers) throw a.invalid(Msg.ACTIVATIONS_PER_LAYER, layers);
            Activation[] acts = new Activation[layers];
            for (int i = 0; i < layers; i++) acts[i] = a.at(i).activation();
            DataSource data = ModelDocument.readData(r.get("data"));
            TrainingSettings settings = ModelDocument.readTraining(r.get("training"));
            return new TrainingRequest(data, hidden, acts, settings);
        } catch (InvalidModelException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw InvalidModelException.of(e);
        }
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("data", ModelDocument.dataJson(data));
        List<Object> h = new ArrayList<>();
        for (int v : hidden) h.add((double) v);
        m.put("hidden", h);
        List<Object> a = new ArrayList<>();
        for (Activation v : activations) a.add(v.id);
        m.put("activations", a);
        Map<String, Object> t = ModelDocument.trainingJson(settings, 0);
        t.remove("passesDone");
        m.put("training", t);
        return m;
    }

    /** The network's layer sizes on this data ({training, test}, test may be null): inputs and classes from the data. */
    public int[] layerSizes(Dataset[] tt) {
        int[] sizes = new int[hidden.length + 2];
        sizes[0] = tt[0].dims;
        System.arraycopy(hidden, 0, sizes, 1, hidden.length);
        sizes[sizes.length - 1] = Math.max(tt[0].classes, tt[1] == null ? 2 : tt[1].classes);
        return sizes;
    }

    /** A fresh network for the data and its training run. */
    public Training start(long recordEvery) {
        return start(data.trainAndTest(), recordEvery);
    }

    /** The same, on the data already generated ({training, test}). */
    public Training start(Dataset[] tt, long recordEvery) {
        return new Training(Network.initialise(layerSizes(tt), activations, settings.seed), tt[0], tt[1], settings, recordEvery, 0);
    }
}

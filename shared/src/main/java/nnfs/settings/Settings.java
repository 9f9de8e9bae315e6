package nnfs.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnfs.Limits;
import nnfs.data.DatasetSpec;
import nnfs.grid.Palette;
import nnfs.model.Json;
import nnfs.nn.Activation;
import nnfs.text.EmbedCode;

/**
 * Every setting of the app in one table (with the limits and class colours the page needs beside it): what a link's fragment (#n=300&hidden=5,4), an untrained setup's embed
 * query (/embed?data=xor&hidden=5,4&activation=relu,tanh) and the settings form may say, each with its kind, default
 * and range. The page reads it as settings.json (emitted at build time by the client module's WebBuild); the server checks an
 * embed's query and the command line its options against the same rows and {@link Limits}.
 */
public final class Settings {
    private Settings() {}

    public static final List<String> DATA_SETS = List.of("moons", "circles", "xor", "blobs", "spiral", "points");
    public static final List<String> ACTIVATIONS = List.of("tanh", "sigmoid", "relu");
    /** The speed control's steps in passes per second, the last as fast as the engine goes (Infinity). */
    public static final double[] SPEEDS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, Double.POSITIVE_INFINITY};

    /** The rows, in the order a URL writes them. */
    public static final List<Setting> ALL = List.of(
            Setting.choice("data", "moons", DATA_SETS.toArray(new String[0])),
            Setting.of("pts", Setting.Kind.POINTS, null),
            Setting.integer("n", 200.0, 1, Limits.MAX_POINTS),
            // null: the data set's own default (defaultNoise)
            Setting.number("noise", null, 0, Limits.MAX_NOISE).stops(0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 1.0, 1.5, 2.0),
            Setting.integer("seed", 0.0, 0, Limits.MAX_SEED).alias("data-seed"),
            Setting.integer("classes", 3.0, 2, Limits.MAX_BLOBS_CLASSES),
            Setting.number("factor", DatasetSpec.DEFAULT_FACTOR, 0, Limits.MAX_FACTOR),
            Setting.number("test", 0.0, 0, Limits.MAX_TEST_FRACTION).stops(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9),
            // the train/test split's random_state (a challenge may hold out another split than 0)
            Setting.integer("split", 0.0, 0, Limits.MAX_SEED),
            Setting.choice("model", "network", "network", "logreg"),
            Setting.of("hidden", Setting.Kind.SIZES, "3"),
            Setting.of("act", Setting.Kind.ACTIVATIONS, "tanh").alias("activation"),
            // the sliders stop where TensorFlow Playground's learning rate and regularisation rate do
            Setting.number("lr", 0.01, Limits.MIN_RATE, Limits.MAX_RATE).stops(0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0),
            Setting.number("reg", 0.01, 0, Limits.MAX_REG).stops(0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0),
            Setting.integer("passes", 20000.0, 0, Limits.MAX_PASSES), // 0: the untrained network, as a document may hold
            Setting.integer("batch", 0.0, 0, Limits.MAX_POINTS).stops(0.0, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0),
            Setting.of("mean", Setting.Kind.BOOL, false),
            Setting.choice("anneal", "none", "none", "step", "exp", "inv"),
            // exp:K and inv:K take it as K; step takes it as 1 / (passes between two steps)
            Setting.number("annealK", 0.001, 0, 1),
            // step's factor: the form halves, the command line may give another (step:0.3:100), and a replay keeps it
            Setting.number("annealF", 0.5, Limits.MIN_STEP_FACTOR, 1),
            Setting.integer("wseed", 0.0, 0, Limits.MAX_SEED),
            // passes per second, as a step of SPEEDS (6: 100 a second, so the article's boundary forms over about 10 s)
            Setting.integer("speed", 6.0, 0, SPEEDS.length - 1),
            Setting.of("logLoss", Setting.Kind.BOOL, false),
            // the data point under inspection, 0-based in the data set's order: "#inspect=17" opens on point 17
            Setting.integer("inspect", null, 0, Limits.MAX_POINTS - 1),
            Setting.of("shade", Setting.Kind.BOOL, true),
            Setting.of("showTest", Setting.Kind.BOOL, true),
            Setting.choice("lang", null, "en", "ja"),
            Setting.choice("engine", "auto", "auto", "wasm", "js"),
            Setting.of("m", Setting.Kind.ID, null),
            Setting.of("doc", Setting.Kind.TEXT, null));

    /** How an embed of a stored model looks: the query of /embed/{id}, and of a link given to oEmbed. */
    public static final List<Setting> EMBED = List.of(
            // the panels beside the boundary (always there: it is what the embed is about)
            Setting.set("show", "loss", "diagram", "inspect"),
            // none; Play and Reset; every button where the frame has room (collapsing to Play); those, the speed and a settings sheet
            Setting.choice("controls", "auto", "none", "play", "auto", "all"),
            Setting.of("locked", Setting.Kind.BOOL, false),
            // the stored model with "Watch it train"; its settings at pass 0; training at once
            Setting.choice("start", "trained", "trained", "untrained", "replay"),
            Setting.text("caption", "", 200),
            Setting.choice("lang", null, "en", "ja"));

    /** The row of an embed option; null when there is none of that name. */
    public static Setting embedOption(String key) {
        for (Setting s : EMBED) if (s.key.equals(key)) return s;
        return null;
    }

    /** The row of a key or of one of its aliases; null when none has it. */
    public static Setting find(String keyOrAlias) {
        for (Setting s : ALL) if (s.key.equals(keyOrAlias) || s.aliases.contains(keyOrAlias)) return s;
        return null;
    }

    /** The table and the limits the page checks besides it, as the JSON the page reads. */
    public static String json() {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> rows = new ArrayList<>();
        for (Setting s : ALL) rows.add(s.toJson());
        m.put("settings", rows);
        List<Object> embed = new ArrayList<>();
        for (Setting s : EMBED) embed.add(s.toJson());
        m.put("embed", embed);
        Map<String, Object> noise = new LinkedHashMap<>();
        for (DatasetSpec.Kind k : DatasetSpec.Kind.values()) noise.put(k.id, k.defaultNoise);
        m.put("defaultNoise", noise);
        List<Object> speeds = new ArrayList<>();
        for (double v : SPEEDS) speeds.add(Double.isInfinite(v) ? null : (Object) v); // JSON has no Infinity: null is "full speed"
        m.put("speeds", speeds);
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("maxPoints", (double) Limits.MAX_POINTS);
        limits.put("maxCoordinate", Limits.MAX_COORDINATE);
        limits.put("maxClasses", (double) Limits.MAX_CLASSES);
        limits.put("maxSpiralClasses", (double) Limits.MAX_SPIRAL_CLASSES);
        limits.put("maxHiddenLayers", (double) Limits.MAX_HIDDEN_LAYERS);
        limits.put("maxUnits", (double) Limits.MAX_UNITS);
        limits.put("maxTitle", (double) nnfs.model.ModelDocument.MAX_TITLE);
        m.put("limits", limits);
        Map<String, Object> layout = new LinkedHashMap<>();
        layout.put("sideMinWidth", (double) EmbedLayout.SIDE_MIN_WIDTH);
        layout.put("sideMinHeight", (double) EmbedLayout.SIDE_MIN_HEIGHT);
        layout.put("underMinHeight", (double) EmbedLayout.UNDER_MIN_HEIGHT);
        layout.put("panelMinHeight", (double) EmbedLayout.PANEL_MIN_HEIGHT);
        layout.put("diagramMinHeight", (double) EmbedLayout.DIAGRAM_MIN_HEIGHT);
        m.put("embedLayout", layout);
        m.put("challengePresets", nnfs.model.ChallengePresets.json());
        List<Object> activations = new ArrayList<>();
        for (Activation a : Activation.values()) activations.add(a.id);
        m.put("activations", activations);
        // the class colours (0xRRGGBB) for each number of classes, from the one colour rule (Palette)
        Map<String, Object> colours = new LinkedHashMap<>();
        for (int k = 1; k <= Limits.MAX_CLASSES; k++) {
            int[] c = Palette.ofClasses(k);
            List<Object> row = new ArrayList<>();
            for (int v : c) row.add((double) v);
            colours.put(String.valueOf(k), row);
        }
        m.put("classColours", colours);
        m.put("iframe", EmbedCode.IFRAME); // the embed builder writes the server's iframe
        return Json.write(m);
    }
}

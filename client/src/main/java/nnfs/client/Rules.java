package nnfs.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnfs.Limits;
import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;
import nnfs.data.PointsCsv;
import nnfs.grid.Palette;
import nnfs.model.Json;
import org.teavm.jso.JSExport;

/**
 * What the page needs of {@code shared} before any training: the limits and defaults its settings are checked
 * against, the class colours, and the reading of a learner's CSV file. Compiled by TeaVM to a small rules.js
 * that the page loads first, so that the page and the engine cannot disagree about a limit or a colour.
 */
public final class Rules {
    private Rules() {}

    /** The limits and defaults, as JSON. */
    @JSExport
    public static String nnfsRules() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("maxPoints", (double) Limits.MAX_POINTS);
        m.put("maxCoordinate", Limits.MAX_COORDINATE);
        m.put("maxNoise", Limits.MAX_NOISE);
        m.put("maxClasses", (double) Limits.MAX_CLASSES);
        m.put("maxBlobsClasses", (double) Limits.MAX_BLOBS_CLASSES);
        m.put("maxSpiralClasses", (double) Limits.MAX_SPIRAL_CLASSES);
        m.put("maxTestFraction", Limits.MAX_TEST_FRACTION);
        m.put("maxHiddenLayers", (double) Limits.MAX_HIDDEN_LAYERS);
        m.put("maxUnits", (double) Limits.MAX_UNITS);
        m.put("maxPasses", (double) Limits.MAX_PASSES);
        m.put("maxRate", Limits.MAX_RATE);
        m.put("maxReg", Limits.MAX_REG);
        m.put("maxSeed", (double) Limits.MAX_SEED);
        m.put("defaultFactor", DatasetSpec.DEFAULT_FACTOR);
        Map<String, Object> noise = new LinkedHashMap<>();
        for (DatasetSpec.Kind k : DatasetSpec.Kind.values()) noise.put(k.id, k.defaultNoise);
        m.put("defaultNoise", noise);
        m.put("regionKeep", Palette.REGION_KEEP);
        return Json.write(m);
    }

    /** The colours (0xRRGGBB) of classes 0 .. classes - 1, as JSON. */
    @JSExport
    public static String nnfsClassColours(int classes) {
        int[] c = Palette.ofClasses(classes);
        double[] d = new double[c.length];
        for (int i = 0; i < c.length; i++) d[i] = c[i];
        return Json.write(d);
    }

    /** A CSV file's points as {@code {"points": [[x, y, label], ...]}}, or {@code {"error": "line 3: ..."}}. */
    @JSExport
    public static String nnfsParsePointsCsv(String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        try {
            Dataset d = PointsCsv.parse(text);
            List<Object> rows = new java.util.ArrayList<>();
            for (int i = 0; i < d.n; i++) rows.add(new double[] {d.get(i, 0), d.get(i, 1), d.y[i]});
            m.put("points", rows);
        } catch (IllegalArgumentException e) {
            m.put("error", e.getMessage());
        }
        return Json.write(m);
    }
}

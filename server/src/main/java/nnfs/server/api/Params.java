package nnfs.server.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnfs.data.DatasetSpec;
import nnfs.server.http.ApiProblem;
import nnfs.server.pictures.Pictures;
import nnfs.settings.Setting;
import nnfs.settings.Settings;
import nnfs.text.Msg;

/** Reads a request's query parameters: each checked, a bad one answered 400 saying what was wrong. */
public final class Params {
    private Params() {}

    static long integer(Context ctx, String name, long fallback, long min, long max) {
        String v = ctx.queryParam(name);
        if (v == null) return fallback;
        long n;
        try {
            n = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(Msg.WHOLE_NUMBER, name, v);
        }
        if (n < min || n > max) throw ApiProblem.badRequest(Msg.INTEGER_RANGE, name, min, max, n);
        return n;
    }

    static int size(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null) return fallback;
        int n;
        try {
            n = Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(Msg.PIXELS_WHOLE, name, v);
        }
        if (n < Pictures.MIN_SIZE || n > Pictures.MAX_SIZE) {
            throw ApiProblem.badRequest(Msg.PIXELS_RANGE, name, Pictures.MIN_SIZE, Pictures.MAX_SIZE, n);
        }
        return n;
    }

    /** The data set named by the path's {kind} and the query's n, noise, seed, classes, factor; 400/404 if bad. */
    public static DatasetSpec spec(Context ctx, String kindName) {
        DatasetSpec.Kind kind;
        try {
            kind = DatasetSpec.Kind.parse(kindName);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.of(404, Msg.TITLE_NOT_FOUND, e);
        }
        return spec(kind, settings(ctx));
    }

    /**
     * The query's settings that are rows of the settings table (the page's names, and their aliases such as
     * data-seed), each read and checked by its row; a value the page would not take is a 400 saying so. Other names
     * (an embed's own options, a picture's size) are left to their readers.
     */
    public static Map<String, Object> settings(Context ctx) {
        Map<String, Object> v = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            Setting row = Settings.find(e.getKey());
            if (row == null) continue;
            try {
                v.put(row.key, row.read(e.getKey(), e.getValue().isEmpty() ? "" : e.getValue().get(0)));
            } catch (IllegalArgumentException bad) {
                throw ApiProblem.badRequest(bad);
            }
        }
        return v;
    }

    /** A data set of this kind from settings read by {@link #settings} (the table's defaults for what is absent). */
    public static DatasetSpec spec(DatasetSpec.Kind kind, Map<String, Object> v) {
        try {
            DatasetSpec spec = new DatasetSpec(kind, (int) number(v, "n"), v.get("noise") == null ? kind.defaultNoise : (Double) v.get("noise"),
                    (long) number(v, "seed"), (int) number(v, "classes"), number(v, "factor"));
            spec.check();
            return spec;
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e);
        }
    }

    /** A number of the settings, given or the table's default. */
    public static double number(Map<String, Object> given, String key) {
        Object v = given.containsKey(key) ? given.get(key) : Settings.find(key).def;
        return (Double) v;
    }
}

package nnfs.server.pages;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.javalin.http.Context;
import nnfs.server.http.ApiProblem;
import nnfs.server.http.Html;
import nnfs.server.http.Languages;
import nnfs.settings.Setting;
import nnfs.settings.Settings;
import nnfs.text.Msg;

/**
 * How an embed looks, from its address's query ({@code /embed/{id}?show=loss,diagram&controls=all&locked=1&start=replay
 * &caption=...&lang=ja}): the rows of the settings table (nnfs.settings.Settings.EMBED) that web/js/embedoptions.js
 * reads too, checked here so that a wrong value is a 400 that says what is taken, not an embed quietly showing
 * something else.
 */
public record EmbedOptions(String show, String controls, boolean locked, String start, String caption, String lang) {
    static final EmbedOptions DEFAULT = parse(Map.of());

    /** The language the embed's words are in: its own when its address names one, else its reader's. */
    public String language(Context ctx) {
        return lang != null ? lang : Languages.of(ctx);
    }

    /** The options of a query's parameters (the first value of each); unknown names are left to others. */
    public static EmbedOptions parse(Map<String, List<String>> query) {
        Map<String, Object> v = new LinkedHashMap<>();
        for (Setting row : Settings.EMBED) {
            String raw = first(query, row.key);
            try {
                v.put(row.key, row.read(raw));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.badRequest(e);
            }
        }
        return new EmbedOptions((String) v.get("show"), (String) v.get("controls"), (Boolean) v.get("locked"), (String) v.get("start"),
                ((String) v.get("caption")).strip(), (String) v.get("lang"));
    }

    /** The parameters of a URL's query (a model link given to oEmbed may carry an embed's options). */
    public static Map<String, List<String>> queryOf(String url) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        int q = url.indexOf('?');
        if (q < 0) return query;
        int hash = url.indexOf('#', q);
        for (String pair : url.substring(q + 1, hash < 0 ? url.length() : hash).split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String k = decode(eq < 0 ? pair : pair.substring(0, eq)), v = eq < 0 ? "" : decode(pair.substring(eq + 1));
            query.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return query;
    }

    /**
     * The query that gives these options: only what differs from the defaults, in the table's order ("" for none),
     * as embedoptions.js writes it, so that the builder's iframe and oEmbed's are one.
     */
    String query() {
        Object[] values = {show, controls, locked, start, caption, lang};
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            Setting row = Settings.EMBED.get(i);
            Object value = values[i];
            if (value == null || value.equals(row.def)) continue;
            String text = value instanceof Boolean ? "1" : row.kind == Setting.Kind.TEXT ? Html.urlEncode((String) value) : (String) value;
            parts.add(row.key + "=" + text);
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(Msg.QUERY_ENCODING, e.getMessage());
        }
    }
}

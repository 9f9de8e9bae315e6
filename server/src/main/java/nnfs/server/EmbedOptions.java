package nnfs.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an embed looks, from its address's query ({@code /embed/{id}?show=loss,diagram&controls=all&locked=1&start=replay
 * &caption=...&lang=ja}): the names web/js/embedoptions.js reads, checked here so that a wrong value is a 400 that
 * says what is taken, not an embed quietly showing something else.
 */
record EmbedOptions(List<String> show, String controls, boolean locked, String start, String caption, String lang) {
    static final List<String> PANELS = List.of("loss", "diagram", "inspect");
    static final List<String> CONTROLS = List.of("none", "play", "auto", "all");
    static final List<String> STARTS = List.of("trained", "untrained", "replay");
    static final int MAX_CAPTION = 200;
    static final EmbedOptions DEFAULT = parse(Map.of());

    /** The options of a query's parameters (the first value of each); unknown names are left to others. */
    static EmbedOptions parse(Map<String, List<String>> query) {
        String show = first(query, "show"), controls = first(query, "controls"), locked = first(query, "locked");
        String start = first(query, "start"), caption = first(query, "caption"), lang = first(query, "lang");
        List<String> panels = new ArrayList<>();
        if (show != null && !show.isEmpty()) {
            for (String p : show.split(",", -1)) {
                if (!PANELS.contains(p)) throw ApiProblem.badRequest("show takes a list of " + String.join(", ", PANELS) + " (the boundary is always shown), got '" + p + "'");
                if (!panels.contains(p)) panels.add(p);
            }
        }
        panels.sort(java.util.Comparator.comparingInt(PANELS::indexOf));
        if (controls != null && !CONTROLS.contains(controls)) throw ApiProblem.badRequest("controls must be one of " + String.join(", ", CONTROLS) + ", got '" + controls + "'");
        if (locked != null && !List.of("0", "1", "true", "false").contains(locked)) throw ApiProblem.badRequest("locked must be 1 or 0, got '" + locked + "'");
        if (start != null && !STARTS.contains(start)) throw ApiProblem.badRequest("start must be one of " + String.join(", ", STARTS) + ", got '" + start + "'");
        if (caption != null && caption.length() > MAX_CAPTION) throw ApiProblem.badRequest("caption is at most " + MAX_CAPTION + " characters, got " + caption.length());
        if (lang != null && !Pages.LANGUAGES.contains(lang)) throw ApiProblem.badRequest("lang must be one of " + String.join(", ", Pages.LANGUAGES) + ", got '" + lang + "'");
        return new EmbedOptions(List.copyOf(panels), controls == null ? "auto" : controls, "1".equals(locked) || "true".equals(locked),
                start == null ? "trained" : start, caption == null ? "" : caption.strip(), lang);
    }

    /** The parameters of a URL's query (a model link given to oEmbed may carry an embed's options). */
    static Map<String, List<String>> queryOf(String url) {
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

    /** The query that gives these options: only what differs from the defaults, in a fixed order ("" for none). */
    String query() {
        List<String> parts = new ArrayList<>();
        if (!show.isEmpty()) parts.add("show=" + String.join(",", show));
        if (!controls.equals("auto")) parts.add("controls=" + controls);
        if (locked) parts.add("locked=1");
        if (!start.equals("trained")) parts.add("start=" + start);
        if (!caption.isEmpty()) parts.add("caption=" + Html.urlEncode(caption));
        if (lang != null) parts.add("lang=" + lang);
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
            throw ApiProblem.badRequest("the url's query is not well encoded: " + e.getMessage());
        }
    }
}

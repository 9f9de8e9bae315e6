package nnfs.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;
import nnfs.grid.Palette;
import nnfs.model.Json;
import nnfs.settings.Settings;
import nnfs.text.Msg;
import nnfs.text.UiText;

/**
 * The last steps of building the page, after TeaVM has compiled the engine (here, not in shared, which does no I/O):
 * <ol>
 * <li>the settings table as {@code js/settings.json}, and {@code js/settings.js}, the same JSON as the export of an
 * ES module, which the page's modules import (no fetch before the first picture);</li>
 * <li>the page's texts in every language of the catalogue as {@code js/texts.js} (shared's {@code nnfs.text.UiText});</li>
 * <li>the two pages in every language of the catalogue, their texts written in ({@link #writeLanguages});</li>
 * <li>a thumbnail of each data set, {@code icons/data-KIND.svg}, for the data-set buttons;</li>
 * <li>the offline cache's name in {@code sw.js}: a hash of every file the page is built of, so that the same sources
 * build the same bytes (no clock in it) and any change to the page or the engine replaces the cache;</li>
 * <li>the offline cache's list in {@code sw.js}: the two pages and every file under the folders they load from, so
 * that a new module is cached without being listed by hand.</li>
 * </ol>
 */
public final class WebBuild {
    private WebBuild() {}

    /** What sw.js says where its cache's name goes. */
    static final String CACHE_NAME_TOKEN = "@NNFS_CONTENT_HASH@";

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        if (args.length != 1) throw new IllegalArgumentException("usage: WebBuild NNFS-WEB-DIRECTORY");
        Path web = Path.of(args[0]);
        Path js = Files.createDirectories(web.resolve("js"));
        String json = Settings.json();
        Files.writeString(js.resolve("settings.json"), json + "\n", StandardCharsets.UTF_8);
        Files.writeString(js.resolve("settings.js"), "// Generated from shared's nnfs.settings.Settings at build time: do not edit.\n"
                + "export const SETTINGS = " + json + ";\n", StandardCharsets.UTF_8);
        Files.writeString(js.resolve("texts.js"), "// Generated from shared's nnfs.text.UiText at build time: do not edit.\n"
                + "export const STRINGS = " + texts() + ";\n", StandardCharsets.UTF_8);
        for (DatasetSpec.Kind kind : DatasetSpec.Kind.values()) {
            Files.writeString(web.resolve("icons").resolve("data-" + kind.id + ".svg"), thumbnail(kind), StandardCharsets.UTF_8);
        }
        for (String page : List.of("article.html", "index.html")) writeLanguages(web.resolve(page));
        Path sw = web.resolve("sw.js");
        String worker = Files.readString(sw, StandardCharsets.UTF_8);
        // the token as copied from web/, or the hash of an earlier build in this folder (an incremental build)
        String named = worker.replaceFirst("const CACHE = 'nnfs-(" + CACHE_NAME_TOKEN + "|[0-9a-f]{16})';",
                "const CACHE = 'nnfs-" + contentHash(web, sw) + "';");
        if (named.equals(worker) && worker.contains(CACHE_NAME_TOKEN)) throw new IllegalStateException(sw + ": the cache's name was not written");
        if (!named.contains("const CACHE = 'nnfs-")) throw new IllegalStateException(sw + " has no cache name to write");
        if (!named.matches("(?s).*const SHELL = \\[[^\\]]*\\];.*")) throw new IllegalStateException(sw + " has no SHELL list to write");
        named = named.replaceFirst("const SHELL = \\[[^\\]]*\\];", "const SHELL = " + shell(web) + ";");
        Files.writeString(sw, named, StandardCharsets.UTF_8);
    }

    /** The page's texts as JSON: {"en": {key: text, ...}, "ja": {...}}, from the one catalogue. */
    static String texts() {
        Map<String, Object> byLanguage = new LinkedHashMap<>();
        for (String lang : Msg.LANGUAGES) {
            Map<String, Object> texts = new LinkedHashMap<>();
            for (UiText t : UiText.values()) texts.put(t.key, t.template(lang));
            byLanguage.put(lang, texts);
        }
        return Json.write(byLanguage);
    }

    /** An element with a text key and only text in it (the script sets its textContent): {@code <p data-i18n="key">...</p>}. */
    static final Pattern TEXT = Pattern.compile("(<([a-z0-9]+)\\b[^>]*\\sdata-i18n=\"([A-Za-z0-9_]+)\"[^>]*>)[^<]*(</\\2>)");
    /** A tag with a text key for one of its attributes: data-i18n-label is its aria-label, and so on (i18n.js). */
    static final Pattern ATTRIBUTE_TEXT = Pattern.compile("<[a-z0-9]+\\b[^>]*\\sdata-i18n-(label|title|alt|empty)=\"([A-Za-z0-9_]+)\"[^>]*>");
    static final Map<String, String> ATTRIBUTE_OF = Map.of("label", "aria-label", "title", "title", "alt", "alt", "empty", "data-empty");

    /**
     * Writes a page in every language of the catalogue: the page itself in English, {@code name.ja.html} and so on
     * for the others, each with its texts, its attributes' texts and its {@code lang}, so that the page is laid out
     * in its reader's words from the first paint (the server picks the copy). Filled only by the script, each
     * paragraph pushed the figures below it down as it came: a layout shift of 0.31 on /article in English, 0.27 on
     * the app in Japanese. The script still sets the language a reader switches to.
     */
    static void writeLanguages(Path page) throws IOException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        for (String lang : Msg.LANGUAGES) {
            String name = page.getFileName().toString();
            Path out = lang.equals("en") ? page : page.resolveSibling(name.replaceFirst("\\.html$", "." + lang + ".html"));
            Files.writeString(out, inLanguage(html, lang, page), StandardCharsets.UTF_8);
        }
    }

    /** A page with every text key's text in a language. */
    static String inLanguage(String html, String lang, Path page) {
        if (!html.contains("<html lang=\"en\">")) throw new IllegalStateException(page + ": no <html lang=\"en\"> to set");
        Matcher m = TEXT.matcher(html.replace("<html lang=\"en\">", "<html lang=\"" + lang + "\">"));
        StringBuilder texts = new StringBuilder();
        int filled = 0;
        while (m.find()) {
            m.appendReplacement(texts, Matcher.quoteReplacement(m.group(1) + escapeHtml(text(page, m.group(3), lang)) + m.group(4)));
            filled++;
        }
        m.appendTail(texts);
        // an element with a text key and elements in it would lose them to the script: say so here, not on the page
        int keys = html.split("\\sdata-i18n=\"", -1).length - 1;
        if (filled != keys) throw new IllegalStateException(page + ": " + (keys - filled) + " element(s) with data-i18n hold more than text");
        Matcher a = ATTRIBUTE_TEXT.matcher(texts);
        StringBuilder out = new StringBuilder();
        while (a.find()) {
            String attribute = ATTRIBUTE_OF.get(a.group(1));
            String tag = a.group().replaceFirst("\\s" + attribute + "=\"[^\"]*\"", "");
            tag = tag.substring(0, tag.length() - 1) + " " + attribute + "=\"" + escapeHtml(text(page, a.group(2), lang)).replace("\"", "&quot;") + "\">";
            a.appendReplacement(out, Matcher.quoteReplacement(tag));
        }
        a.appendTail(out);
        return out.toString();
    }

    private static String text(Path page, String key, String lang) {
        UiText t = UiText.byKey(key);
        if (t == null) throw new IllegalStateException(page + ": no text '" + key + "' in the catalogue");
        return t.template(lang);
    }

    static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** How many points a data set's thumbnail shows, and its size in CSS pixels. */
    static final int THUMBNAIL_POINTS = 150, THUMBNAIL_SIZE = 48;

    /**
     * A data set's thumbnail for the page's data-set buttons, as SVG: its points with the table's default settings, in
     * the class colours of every picture (Palette). Drawn here, once, so that the buttons cost the page nothing and
     * work offline from the first visit.
     */
    static String thumbnail(DatasetSpec.Kind kind) {
        int classes = (kind == DatasetSpec.Kind.BLOBS || kind == DatasetSpec.Kind.SPIRAL) ? ((Number) Settings.find("classes").def).intValue() : 2;
        Dataset d = new DatasetSpec(kind, THUMBNAIL_POINTS, kind.defaultNoise, 0, classes, DatasetSpec.DEFAULT_FACTOR).generate();
        double x0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY, y0 = Double.POSITIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < d.n; i++) {
            x0 = Math.min(x0, d.x[2 * i]);
            x1 = Math.max(x1, d.x[2 * i]);
            y0 = Math.min(y0, d.x[2 * i + 1]);
            y1 = Math.max(y1, d.x[2 * i + 1]);
        }
        double margin = 3, scale = (THUMBNAIL_SIZE - 2 * margin) / Math.max(x1 - x0, y1 - y0);
        double offX = (THUMBNAIL_SIZE - (x1 - x0) * scale) / 2, offY = (THUMBNAIL_SIZE - (y1 - y0) * scale) / 2;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + THUMBNAIL_SIZE + " " + THUMBNAIL_SIZE
                + "\" width=\"" + THUMBNAIL_SIZE + "\" height=\"" + THUMBNAIL_SIZE + "\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
        for (int i = 0; i < d.n; i++) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"1.4\" fill=\"#%06x\"/>",
                    offX + (d.x[2 * i] - x0) * scale, THUMBNAIL_SIZE - offY - (d.x[2 * i + 1] - y0) * scale, Palette.ofClass(d.y[i], classes)));
        }
        return svg.append("</svg>\n").toString();
    }

    /** Folders whose every file the offline copy keeps. */
    static final List<String> CACHED_FOLDERS = List.of("js", "css", "icons", "reference");

    /** The JavaScript array of what the service worker caches at install: the pages by their addresses, then files. */
    static String shell(Path web) throws IOException {
        // the embed's page too: offline, a frame is given the embed's shell, which may be framed (the app's may not)
        List<String> paths = new ArrayList<>(List.of("/", "/article", "/embed", "/manifest.webmanifest"));
        for (String folder : CACHED_FOLDERS) {
            try (Stream<Path> all = Files.walk(web.resolve(folder))) {
                all.filter(Files::isRegularFile).map(f -> "/" + web.relativize(f).toString().replace('\\', '/')).sorted().forEach(paths::add);
            }
        }
        return paths.stream().map(p -> "'" + p + "'").collect(Collectors.joining(", ", "[", "]"));
    }

    /** The first 16 hex digits of SHA-256 over every file's path and bytes, in path order, but {@code except}'s. */
    static String contentHash(Path dir, Path except) throws IOException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<Path> files;
        try (Stream<Path> all = Files.walk(dir)) {
            files = all.filter(Files::isRegularFile).filter(p -> !p.equals(except)).sorted().collect(Collectors.toList());
        }
        for (Path f : files) {
            sha.update(dir.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Files.readAllBytes(f));
        }
        StringBuilder hex = new StringBuilder();
        for (byte b : sha.digest()) hex.append(String.format("%02x", b));
        return hex.substring(0, 16);
    }
}

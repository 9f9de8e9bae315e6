package nnfs.server;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nnfs.model.ModelDocument;
import nnfs.nn.Network;
import nnfs.settings.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import nnfs.data.DatasetSpec;

/**
 * Server-rendered pages: the home page with the article's figures, the share page {@code /m/{id}} and the embed
 * views {@code /embed/{id}} and {@code /embed?settings}. Every user-given text is escaped.
 */
final class Pages {
    private final ModelApi api;
    private final PublicUrl publicUrl;

    Pages(ModelApi api, PublicUrl publicUrl) {
        this.api = api;
        this.publicUrl = publicUrl;
    }

    private static final String STYLE = "<style>body{font-family:system-ui,sans-serif;margin:0 auto;max-width:980px;padding:16px;color:#222}"
            + "img{max-width:100%;height:auto}table{border-collapse:collapse}td,th{padding:4px 10px;border-bottom:1px solid #ddd;text-align:left}"
            + "code,textarea{font-family:ui-monospace,monospace;font-size:13px}textarea{width:100%;height:4.5em}"
            + "a{color:#3288bd}.figs{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px}</style>";

    static String head(String title, String extra) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<title>" + Html.esc(title) + "</title>" + extra + STYLE + "</head><body>";
    }

    /** GET /article: the article's path, step by step, with a live view at each step (a page of the browser app). */
    void article(Context ctx) {
        ctx.html(webPage("article.html"));
    }

    /**
     * The model a page shows; else (deleted by its owner, or a mistyped link) null, after answering 404 with a page
     * that says so in both languages: a share link outlives its model, and its reader deserves a sentence.
     */
    private ModelStore.Stored modelOrGone(Context ctx) {
        try {
            return api.stored(ctx);
        } catch (ApiProblem e) {
            if (e.status != 404) throw e;
            ctx.status(404).html(head("Model not found — nnfs", "")
                    + "<h1>This shared model is not here</h1><p>Its owner may have deleted it, or the link is not complete (" + Html.esc(e.getMessage())
                    + ").</p><p lang=\"ja\">この共有モデルは見つかりません。共有した人が削除したか、リンクが途中で切れている可能性があります。</p>"
                    + "<p><a href=\"/\" target=\"_blank\" rel=\"noopener\">Open nnfs · nnfs を開く</a></p></body></html>");
            return null;
        }
    }

    /** GET /m/{id}: the share link. */
    void share(Context ctx) {
        // a link may carry an embed's options (the builder's oEmbed URL does): discovery passes them on
        EmbedOptions options = EmbedOptions.parse(ctx.queryParamMap());
        ModelStore.Stored s = modelOrGone(ctx);
        if (s == null) return;
        ModelDocument doc = api.document(s);
        String base = publicUrl.of(ctx), id = s.id();
        String title = Describe.title(doc);
        String image = base + "/m/" + id + "/card.png";
        String pageUrl = base + "/m/" + id;
        String meta = "<meta name=\"description\" content=\"" + Html.esc(title) + "\">"
                + "<meta property=\"og:type\" content=\"website\"><meta property=\"og:site_name\" content=\"nnfs\">"
                + "<meta property=\"og:title\" content=\"" + Html.esc(title) + "\">"
                + "<meta property=\"og:description\" content=\"" + Html.esc(Describe.model(doc) + " trained on " + Describe.data(doc)) + "\">"
                + "<meta property=\"og:url\" content=\"" + Html.esc(pageUrl) + "\">"
                + "<meta property=\"og:image\" content=\"" + Html.esc(image) + "\"><meta property=\"og:image:width\" content=\"1200\">"
                + "<meta property=\"og:image:alt\" content=\"" + Html.esc("Decision boundary of " + title) + "\">"
                + "<meta property=\"og:image:height\" content=\"630\">"
                + "<meta name=\"twitter:card\" content=\"summary_large_image\"><meta name=\"twitter:title\" content=\"" + Html.esc(title) + "\">"
                + "<meta name=\"twitter:image\" content=\"" + Html.esc(image) + "\">"
                + "<link rel=\"alternate\" type=\"application/json+oembed\" href=\""
                + Html.esc(base + "/oembed?url=" + Html.urlEncode(pageUrl + options.query()) + "&format=json")
                + "\" title=\"" + Html.esc(title) + "\">";
        StringBuilder summary = new StringBuilder("<noscript><h1><bdi>").append(Html.esc(Describe.name(doc))).append("</bdi></h1>");
        if (doc.unverified) summary.append("<p><strong>").append(Html.esc(Describe.UNVERIFIED_MEANING)).append("</strong></p>");
        summary.append("<p>").append(Html.esc(Describe.model(doc) + " on " + Describe.data(doc) + ": " + Describe.scores(doc))).append("</p>");
        summary.append("<img id=\"boundary-png\" src=\"/api/models/").append(id).append("/boundary.png?w=800&h=600\" width=\"800\" height=\"600\" alt=\"decision boundary\">");
        summary.append("<table>");
        for (Map.Entry<String, String> e : settings(doc).entrySet()) {
            summary.append("<tr><th>").append(Html.esc(e.getKey())).append("</th><td>").append(Html.esc(e.getValue())).append("</td></tr>");
        }
        summary.append("</table><p>").append(Html.esc(iframe(base, id, 640, 520, title))).append("</p></noscript>");
        // the full app, opened on this model (it reads the id from the path), with the cards in its head
        String app = appShell();
        app = app.replaceFirst("<title>[^<]*</title>", "<title>" + Matcher.quoteReplacement(Html.esc(title + " — nnfs")) + "</title>")
                .replaceFirst("<meta name=\"description\"[^>]*>", "") // the model's own description instead of the app's
                .replace("</head>", meta + "</head>")
                .replaceFirst("<body>", "<body>" + Matcher.quoteReplacement(summary.toString()));
        ctx.html(app);
    }

    private static final Map<String, String> WEB_PAGES = new ConcurrentHashMap<>();

    /** The browser app's index.html, as the client module packed it. */
    static String appShell() {
        return webPage("index.html");
    }

    /** A page of the browser app (nnfs-web/ on the classpath), read once. */
    static String webPage(String name) {
        return WEB_PAGES.computeIfAbsent(name, n -> {
            try (var in = Pages.class.getResourceAsStream("/nnfs-web/" + n)) {
                if (in == null) throw new IllegalStateException("the browser app (nnfs-web/" + n + ") is not in this build");
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static Map<String, String> settings(ModelDocument doc) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("model", Describe.model(doc));
        m.put("data", Describe.data(doc) + (doc.data.testFraction > 0 ? ", " + doc.data.testFraction + " held out for testing" : ""));
        if (doc.isNetwork()) {
            Network n = doc.network();
            m.put("layers", Arrays.toString(n.sizes));
            m.put("passes", doc.passesDone + " of " + doc.settings.passes);
            m.put("learning rate", String.valueOf(doc.settings.learningRate));
            m.put("L2 strength", String.valueOf(doc.settings.reg));
            m.put("batch", doc.settings.batchSize == 0 ? "full batch" : String.valueOf(doc.settings.batchSize));
            m.put("annealing", doc.settings.schedule.toString());
            m.put("initial weights seed", String.valueOf(doc.settings.seed));
        }
        if (!Double.isNaN(doc.loss)) m.put("loss", String.format(Locale.ROOT, "%.6f", doc.loss));
        m.put("training accuracy", String.format(Locale.ROOT, "%.4f", doc.accuracy));
        if (!Double.isNaN(doc.testAccuracy)) m.put("test accuracy", String.format(Locale.ROOT, "%.4f", doc.testAccuracy));
        return m;
    }

    /** The languages of the pages (?lang=). */
    static final List<String> LANGUAGES = List.of("en", "ja");

    static String iframe(String base, String id, int w, int h, String title) {
        return iframe(base, id, w, h, title, EmbedOptions.DEFAULT);
    }

    /**
     * The iframe we hand out: titled (a screen reader names the frame by it), lazy, sending only our origin as the
     * referrer, with the embed's options in its address. The embed builder (web/js/builder.js) writes the same.
     */
    static String iframe(String base, String id, int w, int h, String title, EmbedOptions options) {
        return "<iframe src=\"" + Html.esc(base + "/embed/" + id + options.query()) + "\" width=\"" + w + "\" height=\"" + h
                + "\" style=\"border:0;max-width:100%\" loading=\"lazy\" referrerpolicy=\"strict-origin-when-cross-origin\" title=\""
                + Html.esc(title) + "\"></iframe>";
    }

    /** GET /embed/{id}: the compact app for iframes (boundary, play/step/reset, a link to the full app). */
    void embed(Context ctx) {
        EmbedOptions.parse(ctx.queryParamMap()); // the page reads them; a value it would not take is a 400 first
        ModelStore.Stored s = modelOrGone(ctx);
        if (s == null) return;
        ModelDocument doc = api.document(s);
        String title = Describe.title(doc);
        String noscript = "<noscript><a href=\"/m/" + s.id() + "\" target=\"_blank\" rel=\"noopener\"><img id=\"boundary-png\" src=\"/api/models/"
                + s.id() + "/boundary.png?w=640&h=480\" width=\"640\" height=\"480\" alt=\"" + Html.esc(title) + "\"></a><div><bdi>"
                + Html.esc(title) + "</bdi> · <a href=\"/m/" + s.id() + "\" target=\"_blank\" rel=\"noopener\">open in nnfs</a></div></noscript>";
        ctx.html(compactApp(title, noscript));
    }

    /** The app shell with the body in compact (embed) mode, a title, and what to show without scripts. */
    static String compactApp(String title, String noscript) {
        return appShell().replaceFirst("<title>[^<]*</title>", Matcher.quoteReplacement("<title>" + Html.esc(title) + "</title>"))
                .replaceFirst("<body>", Matcher.quoteReplacement("<body class=\"embed\">" + noscript));
    }

    /**
     * GET /embed?data=moons&n=&noise=&seed=&hidden=3&activation=tanh&lr=&reg=&passes=: an untrained setup, in the
     * command line's words: the data set's picture and the settings, linking to the full app. Every key is checked
     * against the settings table the page reads (nnfs.settings.Settings), so a value the page would not take is a 400
     * here, not a caption describing another network.
     */
    void embedSettings(Context ctx) {
        Map<String, Object> v = Params.settings(ctx);
        String kindName = (String) v.getOrDefault("data", "moons");
        if (kindName.equals("points")) throw ApiProblem.badRequest("an untrained setup's embed draws a generated data set; points need a stored model");
        DatasetSpec spec = Params.spec(DatasetSpec.Kind.parse(kindName), v);
        String hidden = (String) v.getOrDefault("hidden", Settings.find("hidden").def), activation = (String) v.getOrDefault("act", Settings.find("act").def);
        int layers = hidden.split(",").length, acts = activation.split(",").length;
        if (acts != 1 && acts != layers) throw ApiProblem.badRequest("activation must be one, or one per hidden layer (" + layers + "), got '" + activation + "'");
        double lr = Params.number(v, "lr"), reg = Params.number(v, "reg");
        long passes = (long) Params.number(v, "passes");
        String caption = spec + " · hidden " + hidden + " " + activation + " · learning rate " + lr + ", λ " + reg + ", " + passes + " passes";
        String query = ctx.queryString() == null ? "" : ctx.queryString();
        String noscript = "<noscript><a href=\"/\" target=\"_blank\" rel=\"noopener\"><img id=\"data\" src=\"/api/datasets/" + spec.kind.id
                + "/picture.png?" + Html.esc(query) + "\" width=\"640\" height=\"480\" alt=\"" + Html.esc(spec.toString()) + "\"></a><div>"
                + Html.esc(caption) + " · <a href=\"/\" target=\"_blank\" rel=\"noopener\">train it in nnfs</a></div></noscript>";
        ctx.html(compactApp("nnfs: " + caption, noscript));
    }
}

package nnfs.server.pages;

import gg.jte.Content;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nnfs.data.DatasetSpec;
import nnfs.model.ModelDocument;
import nnfs.nn.Network;
import nnfs.server.api.ChallengeApi;
import nnfs.server.api.ModelApi;
import nnfs.server.api.Params;
import nnfs.server.http.ApiProblem;
import nnfs.server.http.Html;
import nnfs.server.http.Languages;
import nnfs.server.http.PublicUrl;
import nnfs.server.store.ChallengeStore;
import nnfs.server.store.ModelStore;
import nnfs.settings.Settings;
import nnfs.settings.EmbedLayout;
import nnfs.text.EmbedCode;
import nnfs.text.Msg;
import nnfs.text.UiText;

/**
 * Server-rendered pages: the home page with the article's figures, the share page {@code /m/{id}} and the embed
 * views {@code /embed/{id}} and {@code /embed?settings}. Every user-given text is escaped.
 */
public final class Pages {
    private final ModelApi api;
    private final ChallengeApi challenges;
    private final PublicUrl publicUrl;

    public Pages(ModelApi api, ChallengeApi challenges, PublicUrl publicUrl) {
        this.api = api;
        this.challenges = challenges;
        this.publicUrl = publicUrl;
    }

    /**
     * GET /c/{id}: a classroom challenge as its students meet it, the app on its data with its goal above it (the
     * page's script reads the challenge from the API: it works the same from the offline copy). A challenge that is
     * not there answers 404 with the app, which says so.
     */
    public void challenge(Context ctx) {
        String lang = Languages.of(ctx);
        String title = UiText.CHALLENGE.format(lang);
        try {
            title += ": " + challenges.stored(ctx).challenge().title;
        } catch (ApiProblem e) {
            if (e.status != 404) throw e;
            ctx.status(404);
        }
        ctx.html(appPage(lang, Templates.content("titleOnly.jte", "title", title + " — nnfs"), "challenge", Templates.content("challengeSummary.jte", "title", title)));
    }

    /** GET /c/{id}/board: the teacher's board; the entries come from the API with the token in the link's fragment. */
    public void board(Context ctx) {
        ChallengeStore.Stored s = challenges.stored(ctx);
        String lang = Languages.of(ctx);
        ctx.header("Cache-Control", "no-cache").header("Referrer-Policy", "no-referrer");
        ctx.html(Templates.render("board.jte", "id", s.id(), "title", s.challenge().title, "lang", lang,
                "studentsUrl", publicUrl.of(ctx) + "/c/" + s.id()));
    }

    /** GET /: the app, in its reader's language (?lang=, else Accept-Language) from the first paint. */
    public void app(Context ctx) {
        ctx.html(webPage(inLanguage("index.html", readersLanguage(ctx))));
    }

    /** GET /article: the article's path, step by step, with a live view at each step (a page of the browser app). */
    public void article(Context ctx) {
        ctx.html(webPage(inLanguage("article.html", readersLanguage(ctx))));
    }

    /** The reader's language, and the headers that say the page depends on it and is asked for anew (as the static files). */
    private static String readersLanguage(Context ctx) {
        if (ctx.queryParam("lang") == null) ctx.header("Vary", "Accept-Language");
        ctx.header("Cache-Control", "no-cache");
        return Languages.of(ctx);
    }

    /**
     * A page of the browser app as the build wrote it in a language: {@code index.html} in English, {@code index.ja.html}
     * in Japanese (client's WebBuild). The page's script still follows a language the reader switches to.
     */
    static String inLanguage(String page, String lang) {
        return lang.equals("en") ? page : page.replaceFirst("\\.html$", "." + lang + ".html");
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
            ctx.status(404).html(Templates.render("notFound.jte", "detail", e.getMessage()));
            return null;
        }
    }

    /** GET /m/{id}: the share link. */
    public void share(Context ctx) {
        // a link may carry an embed's options (the builder's oEmbed URL does): discovery passes them on
        EmbedOptions options = EmbedOptions.parse(ctx.queryParamMap());
        ModelStore.Stored s = modelOrGone(ctx);
        if (s == null) return;
        ModelDocument doc = api.document(s);
        String base = publicUrl.of(ctx), id = s.id();
        // the page's words in its reader's language (?lang=, else Accept-Language), and its card in the same
        String lang = options.language(ctx);
        String title = Describe.title(doc, lang);
        String image = base + "/m/" + id + "/card.png" + (lang.equals("en") ? "" : "?lang=" + lang);
        String pageUrl = base + "/m/" + id;
        String oembed = base + "/oembed?url=" + Html.urlEncode(pageUrl + options.query()) + "&format=json";
        ctx.html(appPage(lang,
                Templates.content("shareHead.jte", "title", title, "description", Msg.TRAINED_ON.format(lang, Describe.model(doc, lang), Describe.data(doc, lang)),
                        "pageUrl", pageUrl, "image", image, "oembedUrl", oembed),
                null,
                Templates.content("shareSummary.jte", "name", Describe.name(doc, lang), "unverified", doc.unverified ? Describe.unverifiedMeaning(lang) : null,
                        "summary", Msg.MODEL_ON.format(lang, Describe.model(doc, lang), Describe.data(doc, lang)) + ": " + Describe.scores(doc, lang), "id", id,
                        "settings", settings(doc, lang), "iframe", iframe(base, id, EmbedLayout.DEFAULT_WIDTH, EmbedLayout.height(EmbedLayout.DEFAULT_WIDTH, ""), title),
                        "lang", lang)));
    }

    private static final Map<String, AppShell> SHELLS = new ConcurrentHashMap<>();

    /** The app's page in a language with this page's head, body class (null: none) and what it shows without scripts (app.jte). */
    static String appPage(String lang, Content head, String bodyClass, Content noscript) {
        AppShell shell = SHELLS.computeIfAbsent(lang, l -> AppShell.of(webPage(inLanguage("index.html", l))));
        return Templates.render("app.jte", "shell", shell, "head", head, "bodyClass", bodyClass, "noscript", noscript);
    }

    private static final Map<String, String> WEB_PAGES = new ConcurrentHashMap<>();

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

    /** A stored model's settings and scores, in the page's own words for them (the catalogue's UiText) in a language. */
    static Map<String, String> settings(ModelDocument doc, String lang) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(UiText.MODEL.format(lang), Describe.model(doc, lang));
        m.put(UiText.DATA.format(lang), Describe.data(doc, lang));
        if (doc.data.testFraction > 0) m.put(UiText.TEST_FRACTION.format(lang), String.valueOf(doc.data.testFraction));
        if (doc.isNetwork()) {
            Network n = doc.network();
            m.put(UiText.LAYER_SIZES.format(lang), Arrays.toString(n.sizes));
            m.put(UiText.PASSES.format(lang), UiText.PASSES_OF.format(lang, doc.passesDone, doc.settings.passes));
            m.put(UiText.LEARNING_RATE.format(lang), String.valueOf(doc.settings.learningRate));
            m.put(UiText.REG.format(lang), String.valueOf(doc.settings.reg));
            m.put(UiText.BATCH.format(lang), String.valueOf(doc.settings.batchSize));
            m.put(UiText.ANNEAL.format(lang), doc.settings.schedule.toString());
            m.put(UiText.WEIGHT_SEED.format(lang), String.valueOf(doc.settings.seed));
        }
        if (!Double.isNaN(doc.loss)) m.put(UiText.LOSS.format(lang), String.format(Locale.ROOT, "%.6f", doc.loss));
        m.put(UiText.ACCURACY.format(lang), String.format(Locale.ROOT, "%.4f", doc.accuracy));
        if (!Double.isNaN(doc.testAccuracy)) m.put(UiText.TEST_ACCURACY.format(lang), String.format(Locale.ROOT, "%.4f", doc.testAccuracy));
        return m;
    }

    /** The languages of the pages (?lang=). */
    static final List<String> LANGUAGES = List.of("en", "ja");

    public static String iframe(String base, String id, int w, int h, String title) {
        return iframe(base, id, w, h, title, EmbedOptions.DEFAULT);
    }

    /** The iframe we hand out (shared's one template, which the embed builder fills too), with the embed's options in its address. */
    public static String iframe(String base, String id, int w, int h, String title, EmbedOptions options) {
        return EmbedCode.iframe(base + "/embed/" + id + options.query(), String.valueOf(w), String.valueOf(h), title);
    }

    /** GET /embed/{id}: the compact app for iframes (boundary, play/step/reset, a link to the full app). */
    public void embed(Context ctx) {
        EmbedOptions options = EmbedOptions.parse(ctx.queryParamMap()); // the page reads them; a value it would not take is a 400 first
        ModelStore.Stored s = modelOrGone(ctx);
        if (s == null) return;
        ModelDocument doc = api.document(s);
        String lang = options.language(ctx);
        String title = Describe.title(doc, lang);
        ctx.html(appPage(lang, Templates.content("titleOnly.jte", "title", title), "embed", Templates.content("embedSummary.jte", "id", s.id(), "title", title, "lang", lang)));
    }

    /**
     * GET /embed?data=moons&n=&noise=&seed=&hidden=3&activation=tanh&lr=&reg=&passes=: an untrained setup, in the
     * command line's words: the data set's picture and the settings, linking to the full app. Every key is checked
     * against the settings table the page reads (nnfs.settings.Settings), so a value the page would not take is a 400
     * here, not a caption describing another network.
     */
    public void embedSettings(Context ctx) {
        Map<String, Object> v = Params.settings(ctx);
        String kindName = (String) v.getOrDefault("data", "moons");
        if (kindName.equals("points")) throw ApiProblem.badRequest(Msg.SETUP_NO_POINTS);
        DatasetSpec spec = Params.spec(DatasetSpec.Kind.parse(kindName), v);
        String hidden = (String) v.getOrDefault("hidden", Settings.find("hidden").def), activation = (String) v.getOrDefault("act", Settings.find("act").def);
        int layers = hidden.split(",").length, acts = activation.split(",").length;
        if (acts != 1 && acts != layers) throw ApiProblem.badRequest(Msg.ACTIVATION_PER_LAYER, layers, activation);
        double lr = Params.number(v, "lr"), reg = Params.number(v, "reg");
        long passes = (long) Params.number(v, "passes");
        String caption = spec + " · hidden " + hidden + " " + activation + " · learning rate " + lr + ", λ " + reg + ", " + passes + " passes";
        String query = ctx.queryString() == null ? "" : ctx.queryString();
        ctx.html(appPage(Languages.of(ctx), Templates.content("titleOnly.jte", "title", "nnfs: " + caption), "embed",
                Templates.content("setupSummary.jte", "picture", "/api/datasets/" + spec.kind.id + "/picture.png?" + query, "alt", spec.toString(), "caption", caption,
                        "lang", Languages.of(ctx))));
    }
}

package nnfs.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.Timer;
import java.util.TimerTask;
import java.util.function.Consumer;
import nnfs.model.Json;
import nnfs.server.api.ChallengeApi;
import nnfs.server.api.DatasetApi;
import nnfs.server.api.ModelApi;
import nnfs.server.api.OEmbed;
import nnfs.server.api.TrainApi;
import nnfs.server.api.TrainingSlots;
import nnfs.server.http.ApiProblem;
import nnfs.server.http.Clients;
import nnfs.server.http.JettyErrors;
import nnfs.server.http.Languages;
import nnfs.server.http.Metrics;
import nnfs.server.http.PublicUrl;
import nnfs.server.http.RateLimiter;
import nnfs.server.http.Shutdown;
import nnfs.server.pages.Pages;
import nnfs.server.pictures.ArticleFigures;
import nnfs.server.pictures.FigureStore;
import nnfs.server.pictures.Pictures;
import nnfs.server.store.Ids;
import nnfs.server.store.ChallengeStore;
import nnfs.server.store.JdbcModelStore;
import nnfs.server.store.ModelStore;
import nnfs.server.store.SharedRateLimiter;
import nnfs.text.Msg;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The nnfs web server: every route in {@link #routes}, small handlers in {@link ModelApi} and {@link Pages}. */
public final class NnfsServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NnfsServer.class);

    /**
     * How to run, as plain fields with their defaults (set what differs in {@link #start}'s configurer, as Javalin's
     * own config is set): address, the limits that keep one client from taking the server, how long a stop lets
     * requests in flight finish, the public address and the proxy it sits behind, the article's figures, metrics.
     */
    public static final class Settings {
        public String host = "127.0.0.1";
        /** 0 picks a free port. */
        public int port = 7070;
        /** Saves, trainings and deletions a minute per client. */
        public int postsPerMinute = 60;
        /** Pictures drawn at once, and trainings or replays run at once (one per core). */
        public int maxRenders = 2 * Runtime.getRuntime().availableProcessors();
        public int maxTrainings = Runtime.getRuntime().availableProcessors();
        /** On stop, how long requests in flight may take to finish. */
        public int drainSeconds = 30;
        /** The address links, cards and oEmbed answers carry; null: the bound one. */
        public String publicUrl;
        /** Whether X-Forwarded-* are believed, and only from these addresses (the proxy's). */
        public boolean trustProxy;
        public Set<String> proxies = Clients.LOCAL_PROXY;
        /** Where the article's figures are kept (null: in memory), and whether they are drawn at start. */
        public Path dataDir;
        public boolean renderFiguresAtStart;
        /** Whether GET /metrics answers (Prometheus' text format). */
        public boolean metrics;
    }

    /** Where a trusted proxy connects from unless told otherwise: this machine. */
    public static final Set<String> LOCAL_PROXY = Clients.LOCAL_PROXY;

    public static final long MIN_UPLOAD_BYTES_PER_SECOND = 8 * 1024;
    public static final long IDLE_TIMEOUT_MS = 10_000;

    private final Settings settings;
    private final ModelStore store;
    private final Shutdown shutdown = new Shutdown();
    private final Javalin app;
    private final TrainingSlots slots;

    private NnfsServer(ModelStore store, Settings settings) {
        this.settings = settings;
        this.store = store;
        Clients clients = new Clients(settings.trustProxy, settings.proxies);
        PublicUrl publicUrl = new PublicUrl(settings.publicUrl, clients, this::url);
        FigureStore figures = new FigureStore(settings.dataDir, shutdown);
        if (settings.renderFiguresAtStart) figures.renderAllInBackground();
        Metrics metrics = settings.metrics ? Metrics.on() : Metrics.off();
        Pictures pictures = new Pictures(settings.maxRenders, shutdown, metrics);
        RateLimiter limiter = limiter(store, "posts", settings.postsPerMinute);
        this.slots = new TrainingSlots(settings.maxTrainings, limiter(store, "work", TrainingSlots.WORK_PER_MINUTE), metrics);
        ModelApi api = new ModelApi(store, pictures, publicUrl, slots, clients, shutdown);
        DatasetApi datasets = new DatasetApi(pictures);
        TrainApi training = new TrainApi(store, api, slots, clients, shutdown);
        ChallengeApi challenges = new ChallengeApi(new ChallengeStore((JdbcModelStore) store), publicUrl, slots, clients, shutdown);
        Pages pages = new Pages(api, challenges, publicUrl);
        OEmbed oembed = new OEmbed(api, publicUrl);
        this.app = Javalin.create(config -> {
            config.jetty.host = settings.host;
            config.jetty.port = settings.port;
            config.http.maxRequestSize = 64L * 1024 * 1024; // bodies are read with their own limits (Body)
            config.startup.showJavalinBanner = false;
            config.requestLogger.http(metrics::request);
            config.jetty.modifyServer(server -> {
                // on stop: refuse new connections, let requests in flight finish; the drain time is enforced by
                // cancelling work (503), the few seconds more let those answers be written
                server.insertHandler(new GracefulHandler());
                server.setErrorHandler(new JettyErrors()); // Jetty's own answers (400, 414, 431, 505) as problem+json
                // a silent connection is closed after 10 s (and Body gives a slow upload only the time it needs at
                // the minimum rate)
                server.addEventListener(new LifeCycle.Listener() {
                    @Override
                    public void lifeCycleStarting(LifeCycle event) {
                        for (Connector c : server.getConnectors()) {
                            if (c instanceof AbstractConnector a) a.setIdleTimeout(IDLE_TIMEOUT_MS);
                        }
                    }
                });
                server.setStopTimeout((settings.drainSeconds + 5) * 1000L);
            });
            // the browser app: page shell and compiled engine, from the jar (the client module puts them in nnfs-web/)
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/nnfs-web";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "no-cache");
            });
            routes(config, api, datasets, training, challenges, pages, oembed, figures, limiter, clients, metrics);
        });
    }

    /** A per-client limit: in the database when it is shared (every server draws from one bucket), else here. */
    private static RateLimiter limiter(ModelStore store, String kind, double perMinute) {
        return store instanceof JdbcModelStore j ? new SharedRateLimiter(j, kind, perMinute) : new RateLimiter(perMinute);
    }

    private static void routes(JavalinConfig config, ModelApi api, DatasetApi datasets, TrainApi training, ChallengeApi challenges, Pages pages,
                               OEmbed oembed, FigureStore figures, RateLimiter limiter, Clients clients, Metrics metrics) {
        var r = config.routes;
        r.before(ctx -> guard(ctx, limiter, clients));
        Routes routes = new Routes(r);

        // the page asks whether the server answers (it may run from the browser's copy); never cached
        routes.get("/api/health", ctx -> ctx.header("Cache-Control", "no-store").status(204));
        routes.post("/api/models", api::create);
        routes.get("/api/models/{id}", api::get);
        routes.delete("/api/models/{id}", api::delete);
        routes.get("/api/models/{id}/boundary.png", ctx -> api.picture(ctx, true));
        routes.get("/api/models/{id}/loss.png", ctx -> api.picture(ctx, false));
        routes.get("/api/datasets/{kind}", datasets::dataset);
        routes.get("/api/datasets/{kind}/picture.png", datasets::datasetPicture);
        routes.post("/api/train", training::train);
        routes.get("/api/figures/article/{name}", ctx -> figure(ctx, figures));
        // classroom challenges: the entries' list and every deletion need the teacher's token (Nnfs-Teacher-Token)
        routes.post("/api/challenges", challenges::create);
        routes.get("/api/challenges/{id}", challenges::get);
        routes.delete("/api/challenges/{id}", challenges::delete);
        routes.post("/api/challenges/{id}/entries", challenges::submit);
        routes.get("/api/challenges/{id}/entries", challenges::entries);
        routes.get("/api/challenges/{id}/entries.csv", challenges::entriesCsv);
        routes.delete("/api/challenges/{id}/entries/{entry}", challenges::deleteEntry);

        routes.get("/", pages::app);
        routes.get("/article", pages::article);
        routes.get("/m/{id}", pages::share);
        routes.get("/c/{id}", pages::challenge);
        routes.get("/c/{id}/board", pages::board);
        routes.get("/m/{id}/card.png", api::card);
        routes.get("/embed/{id}", pages::embed);
        routes.get("/embed", pages::embedSettings);
        routes.get("/oembed", oembed::answer);
        routes.get("/metrics", metrics::scrape); // Prometheus' text format, with serve --metrics (else 404)

        r.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e));
        r.exception(Pictures.Busy.class, (e, ctx) -> problem(ctx, ApiProblem.of(503, Msg.TITLE_BUSY, Msg.BUSY, e.problem).header("Retry-After", String.valueOf(e.retryAfter))));
        r.exception(JdbcModelStore.StoreException.class, (e, ctx) -> {
            metrics.storeFailure();
            LOG.error("{} {} {}: store failure", ctx.attribute("rid"), ctx.method(), ctx.path(), e);
            problem(ctx, ApiProblem.of(503, Msg.TITLE_STORE_UNAVAILABLE, Msg.STORE_UNAVAILABLE).header("Retry-After", "5"));
        });
        r.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} {}: unexpected failure", ctx.attribute("rid"), ctx.method(), ctx.path(), e);
            problem(ctx, ApiProblem.of(500, Msg.TITLE_INTERNAL, Msg.INTERNAL, String.valueOf((Object) ctx.attribute("rid"))));
        });
        r.error(404, ctx -> {
            String type = ctx.res().getContentType();
            // a handler's own 404: a problem, or a page that says why (a share link whose model is gone)
            if (type != null && (type.startsWith("application/problem+json") || type.startsWith("text/html"))) return;
            Set<String> allowed = routes.allowed(ctx.path());
            boolean reading = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
            if (allowed.isEmpty() && !reading && NnfsServer.class.getResource("/nnfs-web" + ctx.path()) != null) allowed = Set.of("GET", "HEAD");
            if (!allowed.isEmpty() && !allowed.contains(ctx.method().name())) {
                problem(ctx, ApiProblem.of(405, Msg.TITLE_METHOD, Msg.METHOD_NOT_ALLOWED_LIST, ctx.method(), ctx.path(), String.join(", ", allowed)).header("Allow", String.join(", ", allowed)));
            } else {
                problem(ctx, ApiProblem.notFound(Msg.NOTHING_AT, ctx.path()));
            }
        });
        r.error(405, ctx -> problem(ctx, ApiProblem.of(405, Msg.TITLE_METHOD, Msg.METHOD_NOT_ALLOWED, ctx.method(), ctx.path())));
    }

    private static void figure(Context ctx, FigureStore figures) {
        String file = ctx.pathParam("name");
        if (!file.endsWith(".png") || !ArticleFigures.NAMES.contains(file.substring(0, file.length() - 4))) {
            throw ApiProblem.notFound(Msg.NO_FIGURE, file, String.join(", ", ArticleFigures.NAMES));
        }
        ModelApi.png(ctx, "\"figure-" + file + "\"", () -> figures.get(file.substring(0, file.length() - 4), Pictures.WAIT_SECONDS));
    }

    /** Request id, security headers on every answer, a path that decodes, and the rate limit on POSTs. */
    private static void guard(Context ctx, RateLimiter limiter, Clients clients) {
        String rid = Ids.newId().substring(0, 10);
        ctx.attribute("rid", rid);
        ctx.header("X-Request-Id", rid);
        // an embed, and a challenge's students' page (a course page may frame it; never its board, which holds the token)
        boolean embed = ctx.path().startsWith("/embed") || ctx.path().matches("/c/[A-Za-z0-9_-]{22}");
        securityHeaders(embed).forEach(ctx::header);
        // The worker alone may compile code: the WebAssembly build's runtime evaluates generated glue. A dedicated
        // worker runs under the policy of its own script's response, so the page keeps the strict one.
        if (ctx.path().equals("/js/worker.js")) ctx.header("Content-Security-Policy", csp("'self' 'unsafe-eval' 'wasm-unsafe-eval'", false));
        // Everything we serve to read is public (no cookies, no accounts), and an embed framed with
        // sandbox="allow-scripts" has an opaque origin: it reads the engine's files and its model as another origin.
        if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) ctx.header("Access-Control-Allow-Origin", "*");
        // the query too: a parameter that does not decode reaches a handler as a name without its value
        String bad = badEscape(ctx.req().getRequestURI());
        if (bad == null) bad = badEscape(ctx.req().getQueryString());
        if (bad != null) {
            throw ApiProblem.badRequest(Msg.BAD_ESCAPE, bad);
        }
        if (ctx.method() == HandlerType.POST || ctx.method() == HandlerType.DELETE) {
            long wait = limiter.acquire(clients.address(ctx), System.currentTimeMillis());
            if (wait > 0) {
                throw ApiProblem.of(429, Msg.TITLE_TOO_MANY, Msg.TOO_MANY_SAVES, wait).header("Retry-After", String.valueOf(wait));
            }
        }
    }

    /**
     * The first percent sign of a raw path or query not followed by two hex digits (as in the non-standard
     * {@code %u0041}), with what follows it; null when every escape is well formed. Javalin decodes path parameters
     * lazily and throws on these, and leaves such a query parameter without a value.
     */
    static String badEscape(String rawPath) {
        if (rawPath == null) return null;
        for (int i = rawPath.indexOf('%'); i >= 0; i = rawPath.indexOf('%', i + 1)) {
            if (i + 2 >= rawPath.length() || Character.digit(rawPath.charAt(i + 1), 16) < 0 || Character.digit(rawPath.charAt(i + 2), 16) < 0) {
                return rawPath.substring(i, Math.min(rawPath.length(), i + 6));
            }
        }
        return null;
    }

    /** The headers every answer carries; an embed may be framed by any site, nothing else by any. */
    public static Map<String, String> securityHeaders(boolean embed) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "strict-origin-when-cross-origin");
        h.put("Content-Security-Policy", csp("'self'", embed));
        if (!embed) h.put("X-Frame-Options", "DENY");
        return h;
    }

    private static String csp(String scripts, boolean embed) {
        return "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src " + scripts
                + (embed ? "; worker-src 'self' blob:" : "") // a sandboxed embed builds its worker from a blob (run.js)
                + "; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors " + (embed ? "*" : "'none'");
    }

    /** Writes an RFC 9457 problem; logs one line with the request id. */
    static void problem(Context ctx, ApiProblem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "about:blank");
        String lang = Languages.of(ctx);
        m.put("title", p.title(lang));
        m.put("status", p.status);
        m.put("detail", p.detail(lang));
        if (p.key() != null) m.put("key", p.key()); // which message of the catalogue, whatever the language
        ctx.header("Content-Language", lang);
        m.put("instance", ctx.path());
        Object rid = ctx.attribute("rid");
        if (rid != null) m.put("requestId", rid);
        p.headers.forEach(ctx::header);
        ctx.status(p.status).contentType("application/problem+json").result(Json.write(m).getBytes(StandardCharsets.UTF_8));
        if (p.status >= 500) LOG.warn("{} {} {} -> {} {}", rid, ctx.method(), ctx.path(), p.status, p.getMessage());
        else LOG.info("{} {} {} -> {} {}", rid, ctx.method(), ctx.path(), p.status, p.getMessage());
    }

    /** Checks a public URL as --public-url takes it; throws IllegalArgumentException saying what is wrong. */
    public static void checkPublicUrl(String url) {
        PublicUrl.check(url);
    }

    /** Starts a server on {@code store}, with the default settings as {@code configure} changes them. */
    public static NnfsServer start(ModelStore store, Consumer<Settings> configure) {
        Settings settings = new Settings();
        configure.accept(settings);
        Pictures.warmUp();
        NnfsServer s = new NnfsServer(store, settings);
        s.app.start();
        return s;
    }

    public int port() {
        return app.port();
    }

    /** Takes every training slot until the handle is closed (for tests that need a busy server). */
    AutoCloseable occupyTrainingSlots() throws InterruptedException {
        return slots.occupyAll();
    }

    public String url() {
        String host = settings.host.contains(":") ? "[" + settings.host + "]" : settings.host;
        return "http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + port();
    }

    /**
     * Stops taking requests and lets those in flight finish within the drain time; past it their work is
     * cancelled (503). The store is closed in every case.
     */
    @Override
    public void close() {
        Timer drain = new Timer("nnfs-drain", true);
        drain.schedule(new TimerTask() {
            @Override
            public void run() {
                LOG.warn("drain time of {} s is over: cancelling the work still running", settings.drainSeconds);
                shutdown.cancelNow();
            }
        }, settings.drainSeconds * 1000L);
        try {
            app.stop();
        } finally {
            drain.cancel();
            shutdown.cancelNow();
            store.close();
        }
    }
}

package nnfs.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;
import nnfs.model.InvalidModelException;
import nnfs.model.Json;
import nnfs.model.ModelDocument;
import nnfs.model.TrainingRequest;
import nnfs.nn.Training;

/** The JSON API's handlers: models, data sets, training. Plain values in, plain values out. */
final class ModelApi {
    /**
     * Multiply-adds one training may cost (TrainingCost counts them all: passes, steps, evaluations on the training
     * and test sets): about 40 s of one core. The article's run costs 2.3e8.
     */
    static final double TRAIN_BUDGET = 6e9;

    private final ModelStore store;
    private final Pictures pictures;
    private final Semaphore trainings;
    private final PublicUrl publicUrl;
    private final Shutdown shutdown;

    ModelApi(ModelStore store, Pictures pictures, int maxTrainings, PublicUrl publicUrl, Shutdown shutdown) {
        this.store = store;
        this.pictures = pictures;
        this.trainings = new Semaphore(maxTrainings);
        this.publicUrl = publicUrl;
        this.shutdown = shutdown;
    }

    /** POST /api/models: check, store, answer 201 with the links and the delete token. */
    void create(Context ctx) {
        Body.requireJson(ctx);
        ModelDocument doc = parse(Body.utf8(ctx, ModelDocument.MAX_CHARS));
        ModelStore.Saved saved = store.save(doc.write());
        ctx.status(201).header("Location", "/api/models/" + saved.id());
        json(ctx, links(ctx, saved));
    }

    Map<String, Object> links(Context ctx, ModelStore.Saved saved) {
        String base = publicUrl.of(ctx);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", saved.id());
        m.put("url", base + "/m/" + saved.id());
        m.put("embedUrl", base + "/embed/" + saved.id());
        m.put("imageUrl", base + "/api/models/" + saved.id() + "/boundary.png");
        m.put("deleteToken", saved.deleteToken());
        return m;
    }

    /** A posted document: well formed, and claiming only what its weights do on its data. */
    static ModelDocument parse(String text) {
        try {
            ModelDocument doc = ModelDocument.parse(text);
            doc.checkClaims();
            return doc;
        } catch (InvalidModelException e) {
            throw new ApiProblem(422, "Invalid model document", e.getMessage());
        }
    }

    /** The stored text of a model, or 404. */
    ModelStore.Stored stored(Context ctx) {
        String id = ctx.pathParam("id");
        if (!Ids.isId(id)) throw ApiProblem.notFound("'" + id + "' is not a model id (22 characters of A-Z a-z 0-9 _ -)");
        return storeGet(id);
    }

    ModelStore.Stored storeGet(String id) {
        return store.get(id).orElseThrow(() -> ApiProblem.notFound("no model with id " + id));
    }

    ModelDocument document(ModelStore.Stored s) {
        return ModelDocument.parse(s.document()); // checked when saved; parsing again costs a millisecond
    }

    /** GET /api/models/{id}: the document as stored, with an ETag. */
    void get(Context ctx) {
        ModelStore.Stored s = stored(ctx);
        String etag = "\"" + Ids.hash(s.document()).substring(0, 27) + "\"";
        ctx.header("ETag", etag).header("Cache-Control", "public, max-age=300");
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType("application/json; charset=utf-8").result(s.document().getBytes(StandardCharsets.UTF_8));
    }

    /** DELETE /api/models/{id} with the token in Nnfs-Delete-Token. */
    void delete(Context ctx) {
        String id = ctx.pathParam("id");
        if (!Ids.isId(id)) throw ApiProblem.notFound("'" + id + "' is not a model id");
        String token = ctx.header("Nnfs-Delete-Token");
        if (token == null) throw new ApiProblem(403, "Forbidden", "send the model's delete token in the Nnfs-Delete-Token header");
        switch (store.delete(id, token)) {
            case DELETED:
                pictures.forget(id);
                ctx.status(204);
                return;
            case FORBIDDEN:
                throw new ApiProblem(403, "Forbidden", "the delete token does not match this model");
            default:
                throw ApiProblem.notFound("no model with id " + id);
        }
    }

    /** GET /api/models/{id}/boundary.png?w=&h= and loss.png. */
    void picture(Context ctx, boolean boundary) {
        int w = size(ctx, "w", boundary ? 640 : 640), h = size(ctx, "h", boundary ? 480 : 360);
        ModelStore.Stored s = stored(ctx);
        ModelDocument doc = document(s);
        byte[] png = boundary ? pictures.boundary(s.id(), doc, w, h) : pictures.loss(s.id(), doc, w, h);
        png(ctx, png, "\"" + s.id() + "-" + (boundary ? "b" : "l") + w + "x" + h + "\"");
    }

    static void png(Context ctx, byte[] png, String etag) {
        ctx.header("ETag", etag).header("Cache-Control", "public, max-age=31536000, immutable");
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType("image/png").result(png);
    }

    static int size(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null) return fallback;
        int n;
        try {
            n = Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name + " must be a whole number of pixels, got '" + v + "'");
        }
        if (n < Pictures.MIN_SIZE || n > Pictures.MAX_SIZE) {
            throw ApiProblem.badRequest(name + " must be between " + Pictures.MIN_SIZE + " and " + Pictures.MAX_SIZE + " pixels, got " + n);
        }
        return n;
    }

    /** The data set named by the path's {kind} and the query's n, noise, seed, classes, factor; 400/404 if bad. */
    static DatasetSpec spec(Context ctx, String kindName) {
        DatasetSpec.Kind kind;
        try {
            kind = DatasetSpec.Kind.parse(kindName);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.notFound(e.getMessage());
        }
        try {
            DatasetSpec spec = new DatasetSpec(kind, (int) integer(ctx, "n", 200, 1, 100_000), number(ctx, "noise", kind.defaultNoise),
                    integer(ctx, "seed", 0, 0, 0xFFFFFFFFL), (int) integer(ctx, "classes", 3, 2, 10), number(ctx, "factor", DatasetSpec.DEFAULT_FACTOR));
            spec.check();
            return spec;
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
    }

    /** GET /api/datasets/{kind}?n=&noise=&seed=&classes=&factor=: the same numbers as the command line. */
    void dataset(Context ctx) {
        Dataset d = spec(ctx, ctx.pathParam("kind")).generate();
        List<Object> xs = new java.util.ArrayList<>();
        for (int i = 0; i < d.n; i++) xs.add(new double[] {d.get(i, 0), d.get(i, 1)});
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("X", xs);
        m.put("y", d.y);
        ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        json(ctx, m);
    }

    /** GET /api/datasets/{kind}/picture.png?...&w=&h=: the points alone, as the article's first figure. */
    void datasetPicture(Context ctx) {
        DatasetSpec spec = spec(ctx, ctx.pathParam("kind"));
        if (spec.n > 20_000) throw ApiProblem.badRequest("a picture shows at most 20000 points, asked for " + spec.n);
        int w = size(ctx, "w", 640), h = size(ctx, "h", 480);
        byte[] png = pictures.dataset(spec, w, h);
        png(ctx, png, "\"" + Ids.hash(spec + "/" + w + "x" + h).substring(0, 20) + "\"");
    }

    static long integer(Context ctx, String name, long fallback, long min, long max) {
        String v = ctx.queryParam(name);
        if (v == null) return fallback;
        long n;
        try {
            n = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name + " must be a whole number, got '" + v + "'");
        }
        if (n < min || n > max) throw ApiProblem.badRequest(name + " must be between " + min + " and " + max + ", got " + n);
        return n;
    }

    static double number(Context ctx, String name, double fallback) {
        String v = ctx.queryParam(name);
        if (v == null) return fallback;
        try {
            double d = Double.parseDouble(v.trim());
            if (!Double.isFinite(d)) throw ApiProblem.badRequest(name + " must be a finite number, got '" + v + "'");
            return d;
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name + " must be a number, got '" + v + "'");
        }
    }

    /** POST /api/train[?save=true]: trains within the budget and answers the model document. */
    void train(Context ctx) throws InterruptedException {
        Body.requireJson(ctx);
        TrainingRequest req;
        try {
            req = TrainingRequest.parse(Body.utf8(ctx, 64 * 1024));
        } catch (InvalidModelException e) {
            throw new ApiProblem(422, "Invalid training request", e.getMessage());
        }
        Dataset[] tt;
        try {
            tt = req.data.trainAndTest();
        } catch (IllegalArgumentException e) {
            throw ApiProblem.unprocessable(e.getMessage());
        }
        int[] sizes = req.layerSizes(tt);
        long params = nnfs.nn.TrainingCost.parameters(sizes);
        long every = Math.max(1, req.settings.passes / 200);
        double work = nnfs.nn.TrainingCost.of(sizes, req.settings, tt[0].n, tt[1] == null ? 0 : tt[1].n, every);
        if (work > TRAIN_BUDGET) {
            throw ApiProblem.unprocessable(String.format(java.util.Locale.ROOT,
                    "this training costs %.3g multiply-adds (%d passes of %d parameters over %d points, with its evaluations); the server "
                            + "trains at most %.3g. Train it in the browser, or with fewer passes, points or units",
                    work, req.settings.passes, params, tt[0].n, TRAIN_BUDGET));
        }
        if (params > ModelDocument.MAX_PARAMETERS) {
            throw ApiProblem.unprocessable("the network has " + params + " parameters; a model document holds at most " + ModelDocument.MAX_PARAMETERS);
        }
        if (!trainings.tryAcquire(2, TimeUnit.SECONDS)) throw new Pictures.Busy("all training slots are busy");
        ModelDocument doc;
        try {
            Training t = req.start(tt, every);
            shutdown.train(t);
            if (t.state() == Training.State.FAILED) throw ApiProblem.unprocessable(t.failure());
            doc = ModelDocument.of("", t, req.data);
        } finally {
            trainings.release();
        }
        String text = doc.write();
        if ("true".equals(ctx.queryParam("save"))) {
            ModelStore.Saved saved = store.save(text);
            Map<String, Object> links = links(ctx, saved);
            ctx.status(201).header("Location", "/api/models/" + saved.id());
            for (Map.Entry<String, Object> e : links.entrySet()) {
                ctx.header("Nnfs-" + Character.toUpperCase(e.getKey().charAt(0)) + e.getKey().substring(1), String.valueOf(e.getValue()));
            }
        }
        ctx.contentType("application/json; charset=utf-8").result(text.getBytes(StandardCharsets.UTF_8));
    }

    static void json(Context ctx, Object value) {
        ctx.contentType("application/json; charset=utf-8").result(Json.write(value).getBytes(StandardCharsets.UTF_8));
    }
}

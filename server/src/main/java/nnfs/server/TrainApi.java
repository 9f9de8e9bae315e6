package nnfs.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import nnfs.data.Dataset;
import nnfs.model.InvalidModelException;
import nnfs.model.ModelDocument;
import nnfs.model.TrainingRequest;
import nnfs.nn.Training;

/** The training API: trains a request on the server, within a budget counted before the work starts. */
final class TrainApi {
    /**
     * Multiply-adds one training may cost (TrainingCost counts them all: passes, steps, evaluations on the training
     * and test sets): about 40 s of one core. The article's run costs 2.3e8.
     */
    static final double TRAIN_BUDGET = 6e9;

    private final ModelStore store;
    private final ModelApi models;
    private final Semaphore trainings;
    private final Shutdown shutdown;

    TrainApi(ModelStore store, ModelApi models, int maxTrainings, Shutdown shutdown) {
        this.store = store;
        this.models = models;
        this.trainings = new Semaphore(maxTrainings);
        this.shutdown = shutdown;
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
            shutdown.train(t, ClientGone.of(ctx));
            if (t.state() == Training.State.FAILED) throw ApiProblem.unprocessable(t.failure());
            doc = ModelDocument.of("", t, req.data);
        } finally {
            trainings.release();
        }
        String text = doc.write();
        if ("true".equals(ctx.queryParam("save"))) {
            ModelStore.Saved saved = store.save(text);
            Map<String, Object> links = models.links(ctx, saved);
            ctx.status(201).header("Location", "/api/models/" + saved.id());
            for (Map.Entry<String, Object> e : links.entrySet()) {
                ctx.header("Nnfs-" + Character.toUpperCase(e.getKey().charAt(0)) + e.getKey().substring(1), String.valueOf(e.getValue()));
            }
        }
        ctx.contentType("application/json; charset=utf-8").result(text.getBytes(StandardCharsets.UTF_8));
    }
}

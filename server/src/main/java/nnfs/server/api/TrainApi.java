package nnfs.server.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nnfs.data.Dataset;
import nnfs.model.InvalidModelException;
import nnfs.model.ModelDocument;
import nnfs.model.TrainingRequest;
import nnfs.nn.Training;
import nnfs.nn.TrainingCost;
import nnfs.server.http.ApiProblem;
import nnfs.server.http.Body;
import nnfs.server.http.ClientGone;
import nnfs.server.http.Clients;
import nnfs.server.http.Shutdown;
import nnfs.server.store.ModelStore;
import nnfs.text.Msg;

/** The training API: trains a request on the server, within a budget counted before the work starts. */
public final class TrainApi {
    /**
     * Multiply-adds one training may cost (TrainingCost counts them all: passes, steps, evaluations on the training
     * and test sets). The article's run costs 2.3e8; its hidden-50 run 3.1e9.
     */
    static final double TRAIN_BUDGET = 6e9;

    private final ModelStore store;
    private final ModelApi models;
    private final TrainingSlots slots;
    private final Clients clients;
    private final Shutdown shutdown;

    public TrainApi(ModelStore store, ModelApi models, TrainingSlots slots, Clients clients, Shutdown shutdown) {
        this.store = store;
        this.models = models;
        this.slots = slots;
        this.clients = clients;
        this.shutdown = shutdown;
    }

    /**
     * POST /api/train[?save=true]: trains within the budget and answers the model document; with save=true it is
     * stored too, and the answer is the save's (id, links, delete token) with the document under "model".
     */
    public void train(Context ctx) throws InterruptedException {
        Body.requireJson(ctx);
        boolean save = "true".equals(ctx.queryParam("save"));
        TrainingRequest req;
        try {
            req = TrainingRequest.parse(Body.utf8(ctx, 64 * 1024));
        } catch (InvalidModelException e) {
            throw ApiProblem.of(422, Msg.TITLE_INVALID_TRAINING, e);
        }
        Dataset[] tt;
        try {
            tt = req.data.trainAndTest();
        } catch (IllegalArgumentException e) {
            throw ApiProblem.unprocessable(e);
        }
        int[] sizes = req.layerSizes(tt);
        if (save) Admission.drawable(sizes[0]); // refused before it costs a training
        long params = TrainingCost.parameters(sizes);
        long every = Math.max(1, req.settings.passes / 200);
        double work = TrainingCost.of(sizes, req.settings, tt[0].n, tt[1] == null ? 0 : tt[1].n, every);
        if (work > TRAIN_BUDGET) {
            throw ApiProblem.unprocessable(Msg.TRAIN_BUDGET, Admission.g3(work), req.settings.passes, params, tt[0].n, Admission.g3(TRAIN_BUDGET));
        }
        if (params > ModelDocument.MAX_PARAMETERS) {
            throw ApiProblem.unprocessable(Msg.DOCUMENT_PARAMETERS, params, ModelDocument.MAX_PARAMETERS);
        }
        ModelDocument doc = slots.run(clients.address(ctx), work, "training", Msg.WORK_TRAINING, () -> {
            Training t = req.start(tt, every);
            shutdown.train(t, ClientGone.of(ctx));
            if (t.state() == Training.State.FAILED) throw ApiProblem.unprocessable(t.failureProblem());
            return ModelDocument.of("", t, req.data);
        });
        if (!save) {
            ctx.contentType("application/json; charset=utf-8").result(doc.write().getBytes(StandardCharsets.UTF_8));
            return;
        }
        // trained here, so verified; the same door as every other way into the store (size, drawable, claims)
        ModelStore.Saved saved = store.save(Admission.stored(doc), true);
        Map<String, Object> answer = new LinkedHashMap<>(models.answer(ctx, saved, doc));
        ctx.status(201).header("Location", "/api/models/" + saved.id());
        for (Map.Entry<String, Object> e : answer.entrySet()) {
            if (e.getValue() instanceof String v && !e.getKey().equals("embedHtml") && !e.getKey().equals("title")) {
                ctx.header("Nnfs-" + Character.toUpperCase(e.getKey().charAt(0)) + e.getKey().substring(1), v);
            }
        }
        answer.put("model", doc.toJson());
        ModelApi.json(ctx, answer);
    }
}

package nnfs.server.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import nnfs.model.InvalidModelException;
import nnfs.model.Json;
import nnfs.model.ModelDocument;
import nnfs.server.http.ApiProblem;
import nnfs.server.http.Body;
import nnfs.server.http.ClientGone;
import nnfs.server.http.Clients;
import nnfs.server.http.Languages;
import nnfs.server.http.PublicUrl;
import nnfs.server.http.Shutdown;
import nnfs.server.pages.Describe;
import nnfs.server.pages.Pages;
import nnfs.server.pictures.Pictures;
import nnfs.server.store.Ids;
import nnfs.server.store.ModelStore;
import nnfs.settings.EmbedLayout;
import nnfs.text.Msg;
import nnfs.text.Problem;

/** The model API's handlers: store, fetch, delete a model, and its pictures. Plain values in, plain values out. */
public final class ModelApi {
    private final ModelStore store;
    private final Pictures pictures;
    private final PublicUrl publicUrl;
    private final TrainingSlots slots;
    private final Clients clients;
    private final Shutdown shutdown;

    public ModelApi(ModelStore store, Pictures pictures, PublicUrl publicUrl, TrainingSlots slots, Clients clients, Shutdown shutdown) {
        this.store = store;
        this.pictures = pictures;
        this.publicUrl = publicUrl;
        this.slots = slots;
        this.clients = clients;
        this.shutdown = shutdown;
    }

    /**
     * POST /api/models: check, train again from its settings (within the budget, or marked unverified), store,
     * answer 201 with the links and the delete token.
     */
    public void create(Context ctx) throws InterruptedException {
        Body.requireJson(ctx);
        ModelDocument posted = Admission.read(Body.utf8(ctx, ModelDocument.MAX_CHARS));
        Runnable wanted = shutdown.whileWanted(ClientGone.of(ctx));
        double cost = Admission.cost(posted);
        ModelDocument doc = cost <= Admission.VERIFY_BUDGET
                ? slots.run(clients.address(ctx), cost, "replay", Msg.WORK_REPLAY, () -> Admission.verified(posted, cost, wanted))
                : Admission.verified(posted, cost, wanted);
        ModelStore.Saved saved = store.save(Admission.stored(doc), !doc.unverified);
        ctx.status(201).header("Location", "/api/models/" + saved.id());
        json(ctx, answer(ctx, saved, doc));
    }

    /** What a save answers: links, the delete token, its title and the iframe to paste. */
    Map<String, Object> answer(Context ctx, ModelStore.Saved saved, ModelDocument doc) {
        Map<String, Object> answer = links(ctx, saved);
        answer.put("title", Describe.title(doc, Languages.of(ctx))); // what the share box and "My shared models" call it
        answer.put("verified", !doc.unverified);
        // the iframe to paste, written where every other iframe we hand out is
        answer.put("embedHtml", Pages.iframe(publicUrl.of(ctx), saved.id(), EmbedLayout.DEFAULT_WIDTH, EmbedLayout.height(EmbedLayout.DEFAULT_WIDTH, ""), Describe.title(doc)));
        return answer;
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

    /** The stored text of a model, or 404. */
    public ModelStore.Stored stored(Context ctx) {
        String id = ctx.pathParam("id");
        if (!Ids.isId(id)) throw ApiProblem.notFound(Msg.NOT_AN_ID, id);
        return storeGet(id);
    }

    /**
     * A stored model; one the server did not train again (stored before models were verified) is answered marked
     * unverified, so that every page, picture and embed of it says so.
     */
    ModelStore.Stored storeGet(String id) {
        ModelStore.Stored s = store.get(id).orElseThrow(() -> ApiProblem.notFound(Msg.NO_MODEL, id));
        if (s.verified()) return s;
        return new ModelStore.Stored(s.id(), read(s).marked(true).write(), s.createdMillis(), false);
    }

    public ModelDocument document(ModelStore.Stored s) {
        return read(s); // checked when saved; parsing again costs a millisecond
    }

    /** A stored document; one an earlier nnfs stored against today's rules is a problem that says so, not a 500. */
    private static ModelDocument read(ModelStore.Stored s) {
        try {
            return ModelDocument.parse(s.document());
        } catch (InvalidModelException e) {
            throw ApiProblem.of(422, Msg.TITLE_STORED_UNSHOWABLE, Msg.STORED_BREAKS_RULE, s.id(), Problem.of(e));
        }
    }

    /** GET /api/models/{id}: the document as stored, with an ETag. */
    public void get(Context ctx) {
        ModelStore.Stored s = stored(ctx);
        if (notModified(ctx, "\"" + Ids.hash(s.document()).substring(0, 27) + "\"")) return;
        ctx.contentType("application/json; charset=utf-8").result(s.document().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A model's answers are asked again on every use (a 304 costs one look-up in the store), never kept as
     * immutable: once its owner deletes it, no cache of ours shows it again, on any server sharing the store.
     */
    static boolean notModified(Context ctx, String etag) {
        return notModified(ctx, etag, "public, no-cache");
    }

    /** Sets the ETag and how caches keep the answer; true (answered 304) when the client already has it. */
    private static boolean notModified(Context ctx, String etag, String cacheControl) {
        ctx.header("ETag", etag).header("Cache-Control", cacheControl);
        if (!etag.equals(ctx.header("If-None-Match"))) return false;
        ctx.status(304);
        return true;
    }

    /** DELETE /api/models/{id} with the token in Nnfs-Delete-Token. */
    public void delete(Context ctx) {
        String id = ctx.pathParam("id");
        if (!Ids.isId(id)) throw ApiProblem.notFound(Msg.NOT_AN_ID, id);
        String token = ctx.header("Nnfs-Delete-Token");
        if (token == null) throw ApiProblem.of(403, Msg.TITLE_FORBIDDEN, Msg.NO_DELETE_TOKEN);
        switch (store.delete(id, token)) {
            case DELETED:
                pictures.forget(id);
                ctx.status(204);
                return;
            case FORBIDDEN:
                throw ApiProblem.of(403, Msg.TITLE_FORBIDDEN, Msg.WRONG_DELETE_TOKEN);
            default:
                throw ApiProblem.notFound(Msg.NO_MODEL, id);
        }
    }

    /** GET /api/models/{id}/boundary.png?w=&h= and loss.png. */
    public void picture(Context ctx, boolean boundary) {
        int w = Params.size(ctx, "w", 640), h = Params.size(ctx, "h", boundary ? 480 : 360);
        ModelStore.Stored s = stored(ctx);
        if (notModified(ctx, "\"" + s.id() + "-" + (boundary ? "b" : "l") + w + "x" + h + "\"")) return;
        ModelDocument doc = document(s);
        ctx.contentType("image/png").result(boundary ? pictures.boundary(s.id(), doc, w, h) : pictures.loss(s.id(), doc, w, h));
    }

    /** GET /m/{id}/card.png: the share card (og:image), 1200×630. */
    public void card(Context ctx) {
        ModelStore.Stored s = stored(ctx);
        String lang = Languages.of(ctx);
        // the words follow ?lang= (the Japanese share page's og:image asks so), else the client's languages
        if (ctx.queryParam("lang") == null) ctx.header("Vary", "Accept-Language");
        if (notModified(ctx, "\"" + s.id() + "-card-" + lang + "\"")) return;
        ctx.contentType("image/png").result(pictures.card(s.id(), document(s), lang));
    }

    /**
     * A picture that never changes (an article figure, a data set): kept by any cache for a year, and drawn only
     * when the client does not have it already.
     */
    public static void png(Context ctx, String etag, Supplier<byte[]> png) {
        if (notModified(ctx, etag, "public, max-age=31536000, immutable")) return;
        ctx.contentType("image/png").result(png.get());
    }

    static void json(Context ctx, Object value) {
        ctx.contentType("application/json; charset=utf-8").result(Json.write(value).getBytes(StandardCharsets.UTF_8));
    }
}

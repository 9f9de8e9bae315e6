package nnfs.server.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nnfs.model.Challenge;
import nnfs.model.InvalidModelException;
import nnfs.model.Json;
import nnfs.model.ModelDocument;
import nnfs.server.http.ApiProblem;
import nnfs.server.http.Body;
import nnfs.server.http.ClientGone;
import nnfs.server.http.Clients;
import nnfs.server.http.PublicUrl;
import nnfs.server.http.Shutdown;
import nnfs.server.store.ChallengeStore;
import nnfs.server.store.Ids;
import nnfs.server.store.ModelStore.Deletion;
import nnfs.text.EmbedCode;
import nnfs.text.Msg;

/**
 * Classroom challenges: a teacher creates one, students submit models to it, the teacher reads the entries. Every
 * number of an entry is the server's own: the entry's model is checked against the challenge (data, split, limits),
 * trained again from its settings to its bits, and scored from its weights. Plain values in, plain values out.
 */
public final class ChallengeApi {
    /** The header that carries a challenge's teacher token. */
    public static final String TOKEN_HEADER = "Nnfs-Teacher-Token";
    /** A challenge with its data fits in what a model document may be (its points are the largest part). */
    static final int MAX_CHALLENGE_CHARS = ModelDocument.MAX_CHARS;
    /** An entry: the name and a model document, with room for the JSON around them. */
    static final int MAX_ENTRY_CHARS = ModelDocument.MAX_CHARS + 1024;

    /** The height of a challenge's page in a course page's frame: the challenge, the plot and its controls. */
    static final int EMBED_HEIGHT = 1000;

    private final ChallengeStore store;
    private final PublicUrl publicUrl;
    private final TrainingSlots slots;
    private final Clients clients;
    private final Shutdown shutdown;

    public ChallengeApi(ChallengeStore store, PublicUrl publicUrl, TrainingSlots slots, Clients clients, Shutdown shutdown) {
        this.store = store;
        this.publicUrl = publicUrl;
        this.slots = slots;
        this.clients = clients;
        this.shutdown = shutdown;
    }

    /** POST /api/challenges: check the challenge and what its entries may cost, store it, answer its links and token. */
    public void create(Context ctx) {
        Body.requireJson(ctx);
        Object tree = parse(Body.utf8(ctx, MAX_CHALLENGE_CHARS));
        Challenge c;
        try {
            c = Challenge.fromJson(tree);
        } catch (InvalidModelException e) {
            throw ApiProblem.of(422, Msg.TITLE_INVALID_CHALLENGE, e);
        }
        Admission.drawable(c.data.all().dims);
        // every entry within the limits must be affordable to check, or a student's work could not be judged
        double worst = c.worstEntryCost();
        if (worst > Admission.VERIFY_BUDGET) {
            throw ApiProblem.of(422, Msg.TITLE_INVALID_CHALLENGE, Msg.CHALLENGE_TOO_COSTLY, Admission.g3(worst), Admission.g3(Admission.VERIFY_BUDGET),
                    c.passesWithin(Admission.VERIFY_BUDGET));
        }
        Long closes = closes(tree);
        ChallengeStore.Created created = store.create(Json.write(document(c, closes)), closes);
        String base = publicUrl.of(ctx);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", created.id());
        answer.put("url", base + "/c/" + created.id());
        answer.put("boardUrl", base + "/c/" + created.id() + "/board");
        // the board's link for the teacher: the token in the fragment, which browsers never send (no log holds it)
        answer.put("teacherUrl", base + "/c/" + created.id() + "/board#token=" + created.teacherToken());
        answer.put("teacherToken", created.teacherToken());
        // the students' page in a course page: the whole app, so a frame as wide as the column and tall enough for it
        answer.put("embedHtml", EmbedCode.iframe(base + "/c/" + created.id(), "100%", String.valueOf(EMBED_HEIGHT), c.title));
        ctx.status(201).header("Location", "/api/challenges/" + created.id());
        ModelApi.json(ctx, answer);
    }

    private static Object parse(String text) {
        try {
            return Json.parse(text);
        } catch (Json.SyntaxException e) {
            throw ApiProblem.of(422, Msg.TITLE_INVALID_CHALLENGE, InvalidModelException.of(e));
        }
    }

    /** The stored form: the challenge's JSON and its closing time (ISO), if any. */
    private static Map<String, Object> document(Challenge c, Long closes) {
        Map<String, Object> m = c.toJson();
        if (closes != null) m.put("closes", Instant.ofEpochMilli(closes).toString());
        return m;
    }

    /** "closes": an ISO time in the future, or absent (never). */
    static Long closes(Object tree) {
        Object v = tree instanceof Map<?, ?> m ? m.get("closes") : null;
        if (v == null) return null;
        String s = String.valueOf(v);
        Instant t;
        try {
            t = OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiProblem.of(422, Msg.TITLE_INVALID_CHALLENGE, Msg.CHALLENGE_CLOSES_FORMAT, s);
        }
        if (!t.isAfter(Instant.now())) throw ApiProblem.of(422, Msg.TITLE_INVALID_CHALLENGE, Msg.CHALLENGE_CLOSES_PAST, t.toString());
        return t.toEpochMilli();
    }

    /** The stored challenge of the path's id, or 404. */
    public ChallengeStore.Stored stored(Context ctx) {
        String id = ctx.pathParam("id");
        if (!Ids.isId(id)) throw ApiProblem.notFound(Msg.NOT_AN_ID, id);
        return store.get(id).orElseThrow(() -> ApiProblem.notFound(Msg.NO_CHALLENGE, id));
    }

    /** GET /api/challenges/{id}: what students see of it, with its links; never the token. */
    public void get(Context ctx) {
        ChallengeStore.Stored s = stored(ctx);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) Json.parse(s.document());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", s.id());
        answer.putAll(m);
        answer.put("closed", s.closedAt(System.currentTimeMillis()));
        answer.put("url", publicUrl.of(ctx) + "/c/" + s.id());
        ctx.header("Cache-Control", "no-cache");
        ModelApi.json(ctx, answer);
    }

    /**
     * POST /api/challenges/{id}/entries: {"name", "model"}. The model is checked against the challenge (a refusal says
     * which rule), trained again to its bits in a training slot, scored from its weights and stored with the entry.
     */
    public void submit(Context ctx) throws InterruptedException {
        ChallengeStore.Stored s = stored(ctx);
        if (s.closedAt(System.currentTimeMillis())) {
            throw ApiProblem.of(409, Msg.TITLE_CHALLENGE_CLOSED, Msg.CHALLENGE_CLOSED, Instant.ofEpochMilli(s.closesMillis()).toString());
        }
        Body.requireJson(ctx);
        Object tree = parse(Body.utf8(ctx, MAX_ENTRY_CHARS));
        if (!(tree instanceof Map<?, ?> body)) throw ApiProblem.of(422, Msg.TITLE_INVALID_MODEL, Msg.ENTRY_NOT_OBJECT);
        String name = name(body.get("name"));
        ModelDocument doc = Admission.read(body.get("model"));
        Challenge challenge = s.challenge();
        try {
            challenge.admit(doc);
        } catch (InvalidModelException e) {
            throw ApiProblem.of(422, Msg.TITLE_NOT_THE_CHALLENGES, e);
        }
        // within the challenge's limits, its replay is within the budget (checked when the challenge was created)
        double cost = Admission.cost(doc);
        Runnable wanted = shutdown.whileWanted(ClientGone.of(ctx));
        ModelDocument verified = slots.run(clients.address(ctx), cost, "replay", Msg.WORK_REPLAY, () -> Admission.verified(doc, cost, wanted));
        Challenge.Score score = challenge.score(verified);
        ChallengeStore.Scores scores = new ChallengeStore.Scores(score.loss, score.accuracy, score.testLoss, score.testAccuracy, score.parameters, score.meetsGoal);
        ChallengeStore.Entry e = store.add(s.id(), name, Admission.stored(verified), scores);
        ctx.status(201);
        ModelApi.json(ctx, entry(ctx, e));
    }

    /** A student's name: 1 to MAX_NAME characters, no control characters; spaces at either end dropped. */
    public static String name(Object v) {
        if (!(v instanceof String raw) || raw.isBlank()) throw ApiProblem.of(422, Msg.TITLE_INVALID_MODEL, Msg.ENTRY_NO_NAME);
        String name = raw.strip();
        if (name.codePointCount(0, name.length()) > Challenge.MAX_NAME) {
            throw ApiProblem.of(422, Msg.TITLE_INVALID_MODEL, Msg.SETTING_TEXT_LENGTH, "name", Challenge.MAX_NAME, name.codePointCount(0, name.length()));
        }
        if (name.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT && c != 0x200D)) {
            throw ApiProblem.of(422, Msg.TITLE_INVALID_MODEL, Msg.ENTRY_NAME_CONTROL);
        }
        return name;
    }

    /** An entry as the API says it: the server's numbers, its model's link. */
    private Map<String, Object> entry(Context ctx, ChallengeStore.Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("name", e.name());
        m.put("loss", e.scores().loss());
        m.put("accuracy", e.scores().accuracy());
        m.put("testLoss", e.scores().testLoss());
        m.put("testAccuracy", e.scores().testAccuracy());
        m.put("parameters", (double) e.scores().parameters());
        m.put("meetsGoal", e.scores().meetsGoal());
        m.put("created", Instant.ofEpochMilli(e.createdMillis()).toString());
        m.put("modelUrl", publicUrl.of(ctx) + "/m/" + e.modelId());
        return m;
    }

    /** The challenge of the path, if the request carries its teacher token; else 403 (or 404). */
    private ChallengeStore.Stored asTeacher(Context ctx) {
        ChallengeStore.Stored s = stored(ctx);
        if (!store.isTeacher(s.id(), token(ctx))) throw ApiProblem.of(403, Msg.TITLE_FORBIDDEN, Msg.WRONG_TEACHER_TOKEN);
        ctx.header("Cache-Control", "no-store"); // the students' names are the teacher's to read, no cache's
        return s;
    }

    /** GET /api/challenges/{id}/entries with the teacher token: every entry, oldest first. */
    public void entries(Context ctx) {
        ChallengeStore.Stored s = asTeacher(ctx);
        Challenge c = s.challenge();
        List<Object> all = new ArrayList<>();
        for (ChallengeStore.Entry e : store.entries(s.id())) all.add(entry(ctx, e));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("challenge", s.id());
        answer.put("metric", c.metric.id);
        answer.put("target", c.target);
        answer.put("entries", all);
        ModelApi.json(ctx, answer);
    }

    /** GET /api/challenges/{id}/entries.csv with the teacher token: the same, for a spreadsheet. */
    public void entriesCsv(Context ctx) {
        ChallengeStore.Stored s = asTeacher(ctx);
        StringBuilder csv = new StringBuilder("name,test_accuracy,test_loss,accuracy,loss,parameters,meets_goal,submitted,model\r\n");
        String base = publicUrl.of(ctx);
        for (ChallengeStore.Entry e : store.entries(s.id())) {
            ChallengeStore.Scores sc = e.scores();
            csv.append(cell(e.name())).append(',').append(number(sc.testAccuracy())).append(',').append(number(sc.testLoss())).append(',')
                    .append(number(sc.accuracy())).append(',').append(number(sc.loss())).append(',').append(sc.parameters()).append(',')
                    .append(sc.meetsGoal()).append(',').append(Instant.ofEpochMilli(e.createdMillis())).append(',')
                    .append(base).append("/m/").append(e.modelId()).append("\r\n");
        }
        ctx.header("Content-Disposition", "attachment; filename=\"challenge-" + s.id() + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    /**
     * A name as a spreadsheet cell: quoted, quotes doubled, and one that starts like a formula (=, +, -, @, a tab or
     * a carriage return) led by an apostrophe, so that opening the file runs nothing a student wrote.
     */
    static String cell(String s) {
        String safe = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    /** DELETE /api/challenges/{id}/entries/{entry} with the teacher token: the entry and its model. */
    public void deleteEntry(Context ctx) {
        ChallengeStore.Stored s = stored(ctx);
        String entry = ctx.pathParam("entry");
        if (!Ids.isId(entry)) throw ApiProblem.notFound(Msg.NOT_AN_ID, entry);
        deleted(ctx, store.deleteEntry(s.id(), entry, token(ctx)), Msg.NO_ENTRY, entry);
    }

    /** DELETE /api/challenges/{id} with the teacher token: the challenge, its entries and their models. */
    public void delete(Context ctx) {
        ChallengeStore.Stored s = stored(ctx);
        deleted(ctx, store.deleteChallenge(s.id(), token(ctx)), Msg.NO_CHALLENGE, s.id());
    }

    private static String token(Context ctx) {
        String token = ctx.header(TOKEN_HEADER);
        if (token == null) throw ApiProblem.of(403, Msg.TITLE_FORBIDDEN, Msg.NO_TEACHER_TOKEN);
        return token;
    }

    private static void deleted(Context ctx, Deletion d, Msg notFound, String id) {
        switch (d) {
            case DELETED -> ctx.status(204);
            case FORBIDDEN -> throw ApiProblem.of(403, Msg.TITLE_FORBIDDEN, Msg.WRONG_TEACHER_TOKEN);
            default -> throw ApiProblem.notFound(notFound, id);
        }
    }
}

package nnfs.server.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import nnfs.model.Json;
import nnfs.model.ModelDocument;
import nnfs.server.api.Admission;
import nnfs.server.api.ChallengeApi;
import nnfs.server.http.ApiProblem;

/**
 * A store as JSON lines, one model a line ({@code {"id", "created", "verified", "tokenHash", "document"}}), then one
 * classroom challenge a line ({@code {"kind": "challenge", "id", "created", "closes", "tokenHash", "document"}}) and
 * one entry a line ({@code {"kind": "entry", "id", "challenge", "name", "model", "created"}}), to back it up or to
 * move it (SQLite to PostgreSQL and back). Restoring passes every model through the same door as a posted one
 * ({@link Admission}): what it puts in the store renders, and what it calls verified was trained again; a challenge
 * is checked as a posted one, and an entry's scores are computed again from its model (a backup carries none).
 */
public final class Backup {
    private Backup() {}

    /** What a restore did: rows put back (models, challenges, entries), already there, refused (each said on the error stream). */
    public record Restored(int models, int challenges, int entries, int present, int refused) {}

    /** What an export wrote. */
    public record Exported(long models, long challenges, long entries) {}

    /** Writes every stored model, then every challenge and every entry, oldest first. */
    public static Exported export(ModelStore store, ChallengeStore challenges, Writer out) throws IOException {
        Lines lines = new Lines(out);
        long models = lines.count(n -> store.forEach(row -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", row.id());
            m.put("created", (double) row.createdMillis());
            m.put("verified", row.verified());
            m.put("tokenHash", row.tokenHash());
            m.put("document", row.document());
            n.accept(m);
        }));
        long cs = lines.count(n -> challenges.forEachChallenge(row -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", "challenge");
            m.put("id", row.id());
            m.put("created", (double) row.createdMillis());
            m.put("closes", row.closesMillis() == null ? null : (Object) (double) row.closesMillis());
            m.put("tokenHash", row.tokenHash());
            m.put("document", row.document());
            n.accept(m);
        }));
        long es = lines.count(n -> challenges.forEachEntry(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", "entry");
            m.put("id", e.id());
            m.put("challenge", e.challengeId());
            m.put("name", e.name());
            m.put("model", e.modelId());
            m.put("created", (double) e.createdMillis());
            n.accept(m);
        }));
        out.flush();
        return new Exported(models, cs, es);
    }

    /** JSON lines to a writer from inside a store's callback, which cannot throw IOException: the first failure is kept. */
    private static final class Lines {
        private final Writer out;
        private IOException failed;

        Lines(Writer out) {
            this.out = out;
        }

        long count(java.util.function.Consumer<java.util.function.Consumer<Map<String, Object>>> rows) throws IOException {
            long[] n = {0};
            rows.accept(m -> {
                if (failed != null) return;
                try {
                    out.write(Json.write(m));
                    out.write('\n');
                    n[0]++;
                } catch (IOException e) {
                    failed = e;
                }
            });
            if (failed != null) throw failed;
            return n[0];
        }
    }

    /**
     * Puts back every line's model, challenge and entry that passes the door and is not there already (an entry's
     * challenge and model come before it in an export); says why of each refusal.
     */
    public static Restored restore(ModelStore store, ChallengeStore challenges, BufferedReader in, PrintStream err) throws IOException {
        int models = 0, cs = 0, es = 0, present = 0, refused = 0, line = 0;
        for (String text; (text = in.readLine()) != null; ) {
            line++;
            if (text.isBlank()) continue;
            try {
                Map<?, ?> m = object(text);
                if ("challenge".equals(m.get("kind"))) {
                    if (challenges.restore(challengeRow(m))) cs++;
                    else present++;
                    continue;
                }
                if ("entry".equals(m.get("kind"))) {
                    if (challenges.restore(entry(m, store, challenges))) es++;
                    else present++;
                    continue;
                }
                ModelStore.Row row = row(m);
                ModelDocument doc = Admission.read(row.document());
                double cost = Admission.cost(doc);
                boolean verifiable = cost <= Admission.VERIFY_BUDGET;
                ModelDocument checked = verifiable ? Admission.verified(doc, cost, () -> {}) : doc.marked(true);
                ModelStore.Row stored = new ModelStore.Row(row.id(), Admission.stored(checked), row.tokenHash(), row.createdMillis(), verifiable);
                if (store.restore(stored)) models++;
                else present++;
            } catch (ApiProblem | IllegalArgumentException e) {
                refused++;
                err.println("line " + line + ": not restored: " + e.getMessage());
            }
        }
        return new Restored(models, cs, es, present, refused);
    }

    private static Map<?, ?> object(String text) {
        Object tree;
        try {
            tree = Json.parse(text);
        } catch (Json.SyntaxException e) {
            throw new IllegalArgumentException("not a JSON line: " + e.getMessage());
        }
        if (!(tree instanceof Map<?, ?> m)) throw new IllegalArgumentException("expected an object");
        return m;
    }

    private static ModelStore.Row row(Map<?, ?> m) {
        return new ModelStore.Row(id(m, "id"), text(m, "document"), tokenHash(m), millis(m, "created"), false);
    }

    /** A challenge's line, its document checked as a posted challenge is. */
    private static ChallengeStore.Row challengeRow(Map<?, ?> m) {
        String doc = text(m, "document");
        try {
            nnfs.model.Challenge.parse(doc);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("document: " + e.getMessage());
        }
        return new ChallengeStore.Row(id(m, "id"), doc, tokenHash(m), millis(m, "created"), m.get("closes") == null ? null : millis(m, "closes"));
    }

    /** An entry's line: its challenge and its model must be in the store; its scores are the model's on the challenge's data. */
    private static ChallengeStore.Entry entry(Map<?, ?> m, ModelStore store, ChallengeStore challenges) {
        String challengeId = id(m, "challenge"), modelId = id(m, "model");
        ChallengeStore.Stored c = challenges.get(challengeId).orElseThrow(() -> new IllegalArgumentException("challenge " + challengeId + " is not in the store"));
        ModelStore.Stored model = store.get(modelId).orElseThrow(() -> new IllegalArgumentException("model " + modelId + " is not in the store"));
        nnfs.model.Challenge challenge = c.challenge();
        ModelDocument doc = ModelDocument.parse(model.document());
        challenge.admit(doc);
        nnfs.model.Challenge.Score s = challenge.score(doc);
        String name = ChallengeApi.name(m.get("name"));
        return new ChallengeStore.Entry(id(m, "id"), challengeId, name, modelId,
                new ChallengeStore.Scores(s.loss, s.accuracy, s.testLoss, s.testAccuracy, s.parameters, s.meetsGoal), millis(m, "created"));
    }

    private static String id(Map<?, ?> m, String key) {
        String id = m.get(key) instanceof String s ? s : null;
        if (id == null || !Ids.isId(id)) throw new IllegalArgumentException(key + ": expected 22 characters of A-Z a-z 0-9 _ -");
        return id;
    }

    private static String tokenHash(Map<?, ?> m) {
        String hash = m.get("tokenHash") instanceof String s ? s : null;
        if (hash == null || !hash.matches("[A-Za-z0-9_-]{43}")) throw new IllegalArgumentException("tokenHash: expected a SHA-256 in 43 characters of base64url");
        return hash;
    }

    private static String text(Map<?, ?> m, String key) {
        if (!(m.get(key) instanceof String doc)) throw new IllegalArgumentException(key + ": expected the document's text");
        return doc;
    }

    private static long millis(Map<?, ?> m, String key) {
        if (!(m.get(key) instanceof Double t) || !(t >= 0) || t > 1e15 || t != Math.rint(t)) {
            throw new IllegalArgumentException(key + ": expected milliseconds since 1970");
        }
        return t.longValue();
    }
}

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
import nnfs.server.http.ApiProblem;

/**
 * A store as JSON lines, one model a line ({@code {"id", "created", "verified", "tokenHash", "document"}}), to
 * back it up or to move it (SQLite to PostgreSQL and back). Restoring passes every model through the same door as
 * a posted one ({@link Admission}): what it puts in the store renders, and what it calls verified was trained again.
 */
public final class Backup {
    private Backup() {}

    /** What a restore did: models put back, already there, refused (each refusal said on the error stream). */
    public record Restored(int added, int present, int refused) {}

    /** Writes every stored model, oldest first; returns how many. */
    public static long export(ModelStore store, Writer out) throws IOException {
        long[] n = {0};
        IOException[] failed = {null};
        store.forEach(row -> {
            if (failed[0] != null) return;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", row.id());
            m.put("created", (double) row.createdMillis());
            m.put("verified", row.verified());
            m.put("tokenHash", row.tokenHash());
            m.put("document", row.document());
            try {
                out.write(Json.write(m));
                out.write('\n');
                n[0]++;
            } catch (IOException e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) throw failed[0];
        out.flush();
        return n[0];
    }

    /** Puts back every line's model that passes the door and is not there already; says why of each refusal. */
    public static Restored restore(ModelStore store, BufferedReader in, PrintStream err) throws IOException {
        int added = 0, present = 0, refused = 0, line = 0;
        for (String text; (text = in.readLine()) != null; ) {
            line++;
            if (text.isBlank()) continue;
            try {
                ModelStore.Row row = row(text);
                ModelDocument doc = Admission.read(row.document());
                double cost = Admission.cost(doc);
                boolean verifiable = cost <= Admission.VERIFY_BUDGET;
                ModelDocument checked = verifiable ? Admission.verified(doc, cost, () -> {}) : doc.marked(true);
                ModelStore.Row stored = new ModelStore.Row(row.id(), Admission.stored(checked), row.tokenHash(), row.createdMillis(), verifiable);
                if (store.restore(stored)) added++;
                else present++;
            } catch (ApiProblem | IllegalArgumentException e) {
                refused++;
                err.println("line " + line + ": not restored: " + e.getMessage());
            }
        }
        return new Restored(added, present, refused);
    }

    private static ModelStore.Row row(String text) {
        Object tree;
        try {
            tree = Json.parse(text);
        } catch (Json.SyntaxException e) {
            throw new IllegalArgumentException("not a JSON line: " + e.getMessage());
        }
        if (!(tree instanceof Map<?, ?> m)) throw new IllegalArgumentException("expected an object");
        String id = m.get("id") instanceof String s ? s : null;
        if (id == null || !Ids.isId(id)) throw new IllegalArgumentException("id: expected 22 characters of A-Z a-z 0-9 _ -");
        String hash = m.get("tokenHash") instanceof String s ? s : null;
        if (hash == null || !hash.matches("[A-Za-z0-9_-]{43}")) throw new IllegalArgumentException("tokenHash: expected a SHA-256 in 43 characters of base64url");
        if (!(m.get("document") instanceof String doc)) throw new IllegalArgumentException("document: expected the document's text");
        if (!(m.get("created") instanceof Double created) || !(created >= 0) || created > 1e15 || created != Math.rint(created)) {
            throw new IllegalArgumentException("created: expected milliseconds since 1970");
        }
        return new ModelStore.Row(id, doc, hash, created.longValue(), false);
    }
}

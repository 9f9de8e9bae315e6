package nnfs.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import nnfs.model.Challenge;
import nnfs.model.Json;
import nnfs.server.store.JdbcModelStore.StoreException;
import nnfs.server.store.ModelStore.Deletion;

/**
 * Classroom challenges and their entries, in the model store's database: a challenge is written once with the hash
 * of its teacher's token; an entry is a stored model (verified) and the server's scores of it, written together in
 * one transaction, so that an acknowledged entry is never without its model and a failed one leaves neither.
 * Deleting an entry deletes its model; deleting a challenge deletes every entry and model of it.
 */
public final class ChallengeStore {
    /** A new challenge: its id and the token that reads its entries and deletes (only its hash is kept). */
    public record Created(String id, String teacherToken) {}

    /** A stored challenge: its document (the challenge's JSON) and when it closes (null: never). */
    public record Stored(String id, String document, long createdMillis, Long closesMillis) {
        /** The challenge, read again (it was checked when it was created). */
        public Challenge challenge() {
            return Challenge.fromJson(Json.parse(document));
        }

        /** Whether it takes no more entries at this time. */
        public boolean closedAt(long nowMillis) {
            return closesMillis != null && nowMillis >= closesMillis;
        }
    }

    /** An entry's scores, as the server computed them. */
    public record Scores(double loss, double accuracy, double testLoss, double testAccuracy, long parameters, boolean meetsGoal) {}

    /** A stored entry: a student's name, the model it stored, its scores. */
    public record Entry(String id, String challengeId, String name, String modelId, Scores scores, long createdMillis) {}

    /** A whole challenge, as a backup carries it: the token only as its hash. */
    public record Row(String id, String document, String tokenHash, long createdMillis, Long closesMillis) {}

    private final JdbcModelStore db;

    public ChallengeStore(JdbcModelStore db) {
        this.db = db;
    }

    public Created create(String document, Long closesMillis) {
        String token = Ids.newToken();
        Row row = new Row(Ids.newId(), document, Ids.hash(token), System.currentTimeMillis(), closesMillis);
        run(c -> insert(c, row), "could not save the challenge");
        return new Created(row.id(), token);
    }

    public Optional<Stored> get(String id) {
        return run(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT document, created, closes FROM challenges WHERE id = ?")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(new Stored(id, r.getString(1), r.getLong(2), closes(r, 3))) : Optional.<Stored>empty();
                }
            }
        }, "could not read the challenge");
    }

    /** A closing time's column: null when the challenge never closes. */
    private static Long closes(ResultSet r, int column) throws SQLException {
        long closes = r.getLong(column);
        return r.wasNull() ? null : closes;
    }

    /** Whether a token is the challenge's teacher token. */
    public boolean isTeacher(String id, String token) {
        return run(c -> access(c, id, token), "could not read the challenge") == Deletion.DELETED;
    }

    /** What a deletion of the challenge's things with this token is answered: DELETED when the token is the teacher's. */
    private static Deletion access(Connection c, String id, String token) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT token_hash FROM challenges WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) return Deletion.NOT_FOUND;
                return token != null && Ids.sameHash(r.getString(1), Ids.hash(token)) ? Deletion.DELETED : Deletion.FORBIDDEN;
            }
        }
    }

    /**
     * Stores an entry's model (verified, canonical) and the entry in one transaction; the answer is sent only after
     * the commit, so an acknowledged entry survives a crash.
     */
    public Entry add(String challengeId, String name, String modelDocument, Scores s) {
        Entry e = new Entry(Ids.newId(), challengeId, name, Ids.newId(), s, System.currentTimeMillis());
        inTransaction(c -> {
            // the model's own delete token is thrown away: the entry's model is deleted with the entry, by the teacher
            JdbcModelStore.insert(c, new ModelStore.Row(e.modelId(), modelDocument, Ids.hash(Ids.newToken()), e.createdMillis(), true));
            return insert(c, e);
        }, "could not save the entry");
        return e;
    }

    private static final String ENTRY_COLUMNS = "id, challenge, name, model, loss, accuracy, test_loss, test_accuracy, parameters, meets_goal, created";

    /** Every entry of a challenge, oldest first. */
    public List<Entry> entries(String challengeId) {
        List<Entry> all = new ArrayList<>();
        readEntries("WHERE challenge = ? ", challengeId, all::add);
        return all;
    }

    /** Every entry of every challenge, oldest first (a backup). */
    public void forEachEntry(Consumer<Entry> each) {
        readEntries("", null, each);
    }

    private void readEntries(String where, String challengeId, Consumer<Entry> each) {
        run(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + ENTRY_COLUMNS + " FROM entries " + where + "ORDER BY created, id")) {
                if (challengeId != null) p.setString(1, challengeId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        each.accept(new Entry(r.getString(1), r.getString(2), r.getString(3), r.getString(4), new Scores(r.getDouble(5), r.getDouble(6),
                                r.getDouble(7), r.getDouble(8), r.getLong(9), r.getInt(10) != 0), r.getLong(11)));
                    }
                }
                return null;
            }
        }, "could not read the entries");
    }

    /** Every challenge, oldest first (a backup). */
    public void forEachChallenge(Consumer<Row> each) {
        run(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id, document, token_hash, created, closes FROM challenges ORDER BY created, id");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) each.accept(new Row(r.getString(1), r.getString(2), r.getString(3), r.getLong(4), closes(r, 5)));
                return null;
            }
        }, "could not read the challenges");
    }

    /** Puts back a challenge of a backup under its own id; false when one with that id is stored already. */
    public boolean restore(Row row) {
        return run(c -> insert(c, row), "could not restore challenge " + row.id());
    }

    /** Writes a challenge's row unless one with its id is there (ids are random: only a restore meets one). */
    private static boolean insert(Connection c, Row row) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO challenges (id, document, token_hash, created, closes) VALUES (?, ?, ?, ?, ?) "
                + "ON CONFLICT (id) DO NOTHING")) {
            p.setString(1, row.id());
            p.setString(2, row.document());
            p.setString(3, row.tokenHash());
            p.setLong(4, row.createdMillis());
            if (row.closesMillis() == null) p.setNull(5, java.sql.Types.BIGINT);
            else p.setLong(5, row.closesMillis());
            return p.executeUpdate() == 1;
        }
    }

    /** Puts back an entry of a backup (its model restored already) under its own id; false when it is there already. */
    public boolean restore(Entry e) {
        return inTransaction(c -> insert(c, e), "could not restore entry " + e.id());
    }

    private static boolean insert(Connection c, Entry e) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO entries (" + ENTRY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (id) DO NOTHING")) {
            p.setString(1, e.id());
            p.setString(2, e.challengeId());
            p.setString(3, e.name());
            p.setString(4, e.modelId());
            p.setDouble(5, e.scores().loss());
            p.setDouble(6, e.scores().accuracy());
            p.setDouble(7, e.scores().testLoss());
            p.setDouble(8, e.scores().testAccuracy());
            p.setLong(9, e.scores().parameters());
            p.setInt(10, e.scores().meetsGoal() ? 1 : 0);
            p.setLong(11, e.createdMillis());
            return p.executeUpdate() == 1;
        }
    }

    /** Deletes an entry and its model, with the challenge's teacher token. */
    public Deletion deleteEntry(String challengeId, String entryId, String token) {
        return inTransaction(c -> {
            Deletion access = access(c, challengeId, token);
            if (access != Deletion.DELETED) return access;
            String model = null;
            try (PreparedStatement p = c.prepareStatement("SELECT model FROM entries WHERE id = ? AND challenge = ?")) {
                p.setString(1, entryId);
                p.setString(2, challengeId);
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) model = r.getString(1);
                }
            }
            if (model == null) return Deletion.NOT_FOUND;
            update(c, "DELETE FROM entries WHERE id = ?", entryId);
            update(c, "DELETE FROM models WHERE id = ?", model);
            return Deletion.DELETED;
        }, "could not delete the entry");
    }

    /** Deletes a challenge, its entries and their models, with its teacher token. */
    public Deletion deleteChallenge(String challengeId, String token) {
        return inTransaction(c -> {
            Deletion access = access(c, challengeId, token);
            if (access != Deletion.DELETED) return access;
            update(c, "DELETE FROM models WHERE id IN (SELECT model FROM entries WHERE challenge = ?)", challengeId);
            update(c, "DELETE FROM entries WHERE challenge = ?", challengeId);
            update(c, "DELETE FROM challenges WHERE id = ?", challengeId);
            return Deletion.DELETED;
        }, "could not delete the challenge");
    }

    /** Work on a pooled connection; a database failure is the server's 503, saying what could not be done. */
    private <T> T run(JdbcModelStore.SqlWork<T> work, String failure) {
        try {
            return db.with(work);
        } catch (SQLException e) {
            throw new StoreException(failure, e);
        }
    }

    /** The same, all of it or none of it. */
    private <T> T inTransaction(JdbcModelStore.SqlWork<T> work, String failure) {
        return run(c -> {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }, failure);
    }

    private static void update(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, id);
            p.executeUpdate();
        }
    }
}

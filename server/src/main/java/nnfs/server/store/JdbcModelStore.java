package nnfs.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Consumer;
import nnfs.server.http.RateLimiter;

/**
 * The model store on SQLite (the embedded default: one file in the data directory, WAL, a busy timeout) or on
 * PostgreSQL (for several server instances). Same tables, same statements, connections from HikariCP: a
 * connection that died with the database is replaced, a request waits for a connection at most
 * {@link #CONNECTION_TIMEOUT_MS} and then fails with the database's own error kept as the cause (the server
 * answers 503), and requests succeed again as soon as the database is back.
 *
 * <p>The schema carries a version ({@code nnfs_schema}): a later nnfs migrates the stored models step by step
 * instead of breaking them, and a server refuses a database that a newer nnfs has written.
 */
public final class JdbcModelStore implements ModelStore {
    public static final long CONNECTION_TIMEOUT_MS = 3000;
    /** The schema this code reads and writes. */
    public static final int SCHEMA_VERSION = 3;
    /** Migrations.get(v - 1) brings a database from schema v - 1 to v; version 0 is an empty database. */
    private static final List<List<String>> MIGRATIONS = List.of(
            List.of("CREATE TABLE IF NOT EXISTS models (id VARCHAR(32) PRIMARY KEY, document TEXT NOT NULL, "
                    + "token_hash VARCHAR(64) NOT NULL, created BIGINT NOT NULL)"),
            // 2: whether the server trained the model again and got the same bits (models stored before: no), and the
            // per-client limits that the servers sharing the database hold together
            List.of("ALTER TABLE models ADD COLUMN verified INTEGER NOT NULL DEFAULT 0",
                    "CREATE TABLE IF NOT EXISTS client_limits (client VARCHAR(80) NOT NULL, kind VARCHAR(16) NOT NULL, "
                            + "tokens DOUBLE PRECISION NOT NULL, updated BIGINT NOT NULL, granted INTEGER NOT NULL, PRIMARY KEY (client, kind))"),
            // 3: classroom challenges and their entries (each entry's model is a stored model, verified); an entry keeps
            // the server's own scores so that a board sorts and counts without reading a model
            List.of("CREATE TABLE IF NOT EXISTS challenges (id VARCHAR(32) PRIMARY KEY, document TEXT NOT NULL, token_hash VARCHAR(64) NOT NULL, "
                            + "created BIGINT NOT NULL, closes BIGINT)",
                    "CREATE TABLE IF NOT EXISTS entries (id VARCHAR(32) PRIMARY KEY, challenge VARCHAR(32) NOT NULL, name VARCHAR(240) NOT NULL, "
                            + "model VARCHAR(32) NOT NULL, loss DOUBLE PRECISION NOT NULL, accuracy DOUBLE PRECISION NOT NULL, "
                            + "test_loss DOUBLE PRECISION NOT NULL, test_accuracy DOUBLE PRECISION NOT NULL, parameters BIGINT NOT NULL, "
                            + "meets_goal INTEGER NOT NULL, created BIGINT NOT NULL)",
                    "CREATE INDEX IF NOT EXISTS entries_by_challenge ON entries (challenge, created)"));
    /** The key of the PostgreSQL advisory lock that servers starting at once take in turn to migrate the schema. */
    private static final long MIGRATION_LOCK = 0x6e6e6673L; // "nnfs"

    private final HikariDataSource pool;
    private final boolean postgres;
    private volatile boolean closed;

    private JdbcModelStore(String url, String user, String password, int size) {
        this.postgres = url.startsWith("jdbc:postgresql:");
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(url);
        if (user != null) c.setUsername(user);
        if (password != null) c.setPassword(password);
        c.setMaximumPoolSize(size);
        c.setMinimumIdle(1);
        c.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        c.setValidationTimeout(1000);
        c.setInitializationFailTimeout(CONNECTION_TIMEOUT_MS); // a database that is not there stops the start, with its reason
        c.setPoolName("nnfs-store");
        if (url.startsWith("jdbc:sqlite:")) {
            // read by the SQLite driver on every new connection
            c.addDataSourceProperty("journal_mode", "WAL");
            c.addDataSourceProperty("busy_timeout", "10000");
            c.addDataSourceProperty("synchronous", "NORMAL");
        }
        try {
            this.pool = new HikariDataSource(c);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot open the model store at " + redacted(url) + ": " + rootMessage(e), e);
        }
        try {
            migrate();
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw new IllegalStateException("cannot open the model store at " + redacted(url) + ": " + rootMessage(e), e);
        }
    }

    /**
     * Creates or upgrades the schema in one transaction; several servers may start at once. On PostgreSQL they take
     * an advisory lock in turn (two CREATE TABLE IF NOT EXISTS at once can still clash on the catalogue's unique
     * index); SQLite lets one writer in at a time.
     */
    private void migrate() throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                if (postgres) s.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
                migrate(c, s);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static void migrate(Connection c, Statement s) throws SQLException {
        s.executeUpdate("CREATE TABLE IF NOT EXISTS nnfs_schema (version INTEGER NOT NULL)");
        int recorded = recordedVersion(s);
        int version = recorded == 0 && tableExists(c, "models") ? 1 : recorded; // 1: written before the schema had a version
        if (version > SCHEMA_VERSION) {
            throw new SQLException("the database has schema version " + version + ", written by a newer nnfs; this one knows up to "
                    + SCHEMA_VERSION);
        }
        for (int v = version + 1; v <= SCHEMA_VERSION; v++) {
            for (String sql : MIGRATIONS.get(v - 1)) s.executeUpdate(sql);
        }
        if (recorded != SCHEMA_VERSION) {
            s.executeUpdate("DELETE FROM nnfs_schema");
            s.executeUpdate("INSERT INTO nnfs_schema (version) VALUES (" + SCHEMA_VERSION + ")");
        }
    }

    /** The version nnfs_schema records; 0 when it records none. */
    private static int recordedVersion(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT MAX(version) FROM nnfs_schema")) {
            return r.next() ? r.getInt(1) : 0; // MAX of no rows is NULL, read as 0
        }
    }

    private static boolean tableExists(Connection c, String name) throws SQLException {
        // in the connection's own schema: a PostgreSQL database may hold other schemas with tables of that name
        try (ResultSet r = c.getMetaData().getTables(null, c.getSchema(), name, null)) {
            return r.next();
        }
    }

    /** The schema version the database has now. */
    public int schemaVersion() {
        try {
            return with(c -> {
                try (Statement s = c.createStatement()) {
                    return recordedVersion(s);
                }
            });
        } catch (SQLException e) {
            throw new StoreException("could not read the schema version", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /** The URL without its password, for messages. */
    public static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** The embedded default: {@code dir/models.db}, created on first start. */
    public static JdbcModelStore sqlite(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the data directory " + dir + ": " + e.getMessage(), e);
        }
        return new JdbcModelStore("jdbc:sqlite:" + dir.resolve("models.db").toAbsolutePath(), null, null, 4);
    }

    /** Any JDBC URL: jdbc:sqlite:FILE or jdbc:postgresql://host/db (credentials in the URL or the PG* variables). */
    public static JdbcModelStore open(String url) {
        if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db must be a jdbc:sqlite: or jdbc:postgresql: URL, got " + redacted(url));
        }
        return new JdbcModelStore(url, System.getenv("PGUSER"), System.getenv("PGPASSWORD"), 8);
    }

    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * After the database failed to give a connection within the timeout, how long requests are answered at once
     * instead of each waiting the timeout again: a request during an outage gets its 503 in one timeout, not in one
     * per statement it would run (the rate limit, then the save).
     */
    public static final long OUTAGE_FAST_FAIL_MS = 2000;

    private volatile long downUntil;

    /** Runs work on a pooled connection (HikariCP replaces one that broke). */
    <T> T with(SqlWork<T> work) throws SQLException {
        if (closed) throw new SQLException("the model store is closed");
        if (System.currentTimeMillis() < downUntil) throw new SQLException("the database did not answer a moment ago");
        Connection c;
        try {
            c = pool.getConnection();
        } catch (SQLTransientConnectionException e) {
            downUntil = System.currentTimeMillis() + OUTAGE_FAST_FAIL_MS;
            throw e;
        }
        try (c) {
            return work.run(c);
        }
    }

    @Override
    public Saved save(String document, boolean verified) {
        String token = Ids.newToken();
        String id = Ids.newId(); // a clash of 128 random bits will not happen
        try {
            // one attempt: the pool already waited up to CONNECTION_TIMEOUT_MS for a connection, and a client told 503
            // within that time may try again, where three attempts kept it waiting three times as long
            with(c -> insert(c, new Row(id, document, Ids.hash(token), System.currentTimeMillis(), verified)));
            return new Saved(id, token);
        } catch (SQLException e) {
            throw new StoreException("could not save the model", e);
        }
    }

    static boolean insert(Connection c, Row row) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO models (id, document, token_hash, created, verified) VALUES (?, ?, ?, ?, ?) "
                + "ON CONFLICT (id) DO NOTHING")) {
            p.setString(1, row.id());
            p.setString(2, row.document());
            p.setString(3, row.tokenHash());
            p.setLong(4, row.createdMillis());
            p.setInt(5, row.verified() ? 1 : 0);
            return p.executeUpdate() == 1;
        }
    }

    @Override
    public boolean restore(Row row) {
        try {
            return with(c -> insert(c, row));
        } catch (SQLException e) {
            throw new StoreException("could not restore model " + row.id(), e);
        }
    }

    @Override
    public void forEach(Consumer<Row> each) {
        try {
            with(c -> {
                c.setAutoCommit(false); // PostgreSQL streams a result set only inside a transaction
                try (PreparedStatement p = c.prepareStatement("SELECT id, document, token_hash, created, verified FROM models ORDER BY created, id")) {
                    p.setFetchSize(100);
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) each.accept(new Row(r.getString(1), r.getString(2), r.getString(3), r.getLong(4), r.getInt(5) != 0));
                    }
                } finally {
                    c.rollback();
                    c.setAutoCommit(true);
                }
                return null;
            });
        } catch (SQLException e) {
            throw new StoreException("could not read the models", e);
        }
    }

    @Override
    public Optional<Stored> get(String id) {
        try {
            return with(c -> {
                try (PreparedStatement p = c.prepareStatement("SELECT document, created, verified FROM models WHERE id = ?")) {
                    p.setString(1, id);
                    try (ResultSet r = p.executeQuery()) {
                        return r.next() ? Optional.of(new Stored(id, r.getString(1), r.getLong(2), r.getInt(3) != 0)) : Optional.<Stored>empty();
                    }
                }
            });
        } catch (SQLException e) {
            throw new StoreException("could not read the model", e);
        }
    }

    @Override
    public Deletion delete(String id, String token) {
        try {
            return with(c -> {
                String hash;
                try (PreparedStatement p = c.prepareStatement("SELECT token_hash FROM models WHERE id = ?")) {
                    p.setString(1, id);
                    try (ResultSet r = p.executeQuery()) {
                        if (!r.next()) return Deletion.NOT_FOUND;
                        hash = r.getString(1);
                    }
                }
                if (token == null || !Ids.sameHash(hash, Ids.hash(token))) return Deletion.FORBIDDEN;
                try (PreparedStatement p = c.prepareStatement("DELETE FROM models WHERE id = ? AND token_hash = ?")) {
                    p.setString(1, id);
                    p.setString(2, hash);
                    return p.executeUpdate() == 1 ? Deletion.DELETED : Deletion.NOT_FOUND;
                }
            });
        } catch (SQLException e) {
            throw new StoreException("could not delete the model", e);
        }
    }

    @Override
    public long count() {
        try {
            return with(c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM models")) {
                    r.next();
                    return r.getLong(1);
                }
            });
        } catch (SQLException e) {
            throw new StoreException("could not count the models", e);
        }
    }

    /**
     * Takes {@code cost} from the client's bucket of {@code kind} (refilled at {@code limiter}'s rate) in one
     * statement, so that every server sharing the database draws from the same bucket; the seconds to wait, or 0.
     */
    long takeFromBucket(String client, String kind, RateLimiter limiter, double cost, long now) {
        double cap = limiter.perMinute, perMs = cap / 60_000.0, need = Math.min(cost, cap);
        // the bucket refilled to now (never past full, never back in time if another server's clock is behind)
        String refilled = "(CASE WHEN tokens + (CASE WHEN ? > updated THEN ? - updated ELSE 0 END) * ? > ? THEN ? "
                + "ELSE tokens + (CASE WHEN ? > updated THEN ? - updated ELSE 0 END) * ? END)";
        String sql = "UPDATE client_limits SET granted = CASE WHEN " + refilled + " >= ? THEN 1 ELSE 0 END, tokens = CASE WHEN " + refilled
                + " >= ? THEN " + refilled + " - ? ELSE " + refilled + " END, updated = CASE WHEN ? > updated THEN ? ELSE updated END "
                + "WHERE client = ? AND kind = ? RETURNING granted, tokens";
        try {
            return with(c -> {
                for (int attempt = 0; attempt < 2; attempt++) {
                    try (PreparedStatement p = c.prepareStatement(sql)) {
                        int i = 1;
                        for (int k = 0; k < 4; k++) { // the refilled bucket four times, each but the last followed by the need
                            i = refill(p, i, now, perMs, cap);
                            if (k < 3) p.setDouble(i++, need);
                        }
                        p.setLong(i++, now);
                        p.setLong(i++, now);
                        p.setString(i++, client);
                        p.setString(i, kind);
                        try (ResultSet r = p.executeQuery()) {
                            if (r.next()) {
                                if (r.getInt(1) == 1) return 0L;
                                double tokens = r.getDouble(2);
                                return Math.max(1, (long) Math.ceil((need - tokens) / perMs / 1000));
                            }
                        }
                    }
                    try (PreparedStatement p = c.prepareStatement("INSERT INTO client_limits (client, kind, tokens, updated, granted) VALUES (?, ?, ?, ?, 0) "
                            + "ON CONFLICT (client, kind) DO NOTHING")) {
                        p.setString(1, client);
                        p.setString(2, kind);
                        p.setDouble(3, cap);
                        p.setLong(4, now);
                        p.executeUpdate();
                    }
                }
                throw new SQLException("the client's bucket could not be read");
            });
        } catch (SQLException e) {
            throw new StoreException("could not update the client's limit", e);
        }
    }

    private static int refill(PreparedStatement p, int i, long now, double perMs, double cap) throws SQLException {
        p.setLong(i++, now);
        p.setLong(i++, now);
        p.setDouble(i++, perMs);
        p.setDouble(i++, cap);
        p.setDouble(i++, cap);
        p.setLong(i++, now);
        p.setLong(i++, now);
        p.setDouble(i++, perMs);
        return i;
    }

    /** Forgets the buckets of clients quiet for longer than it takes any bucket to fill. */
    void forgetQuietClients(long now) {
        try {
            with(c -> {
                try (PreparedStatement p = c.prepareStatement("DELETE FROM client_limits WHERE updated < ?")) {
                    p.setLong(1, now - 10 * 60_000);
                    return p.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new StoreException("could not forget quiet clients", e);
        }
    }

    @Override
    public void close() {
        closed = true;
        pool.close();
    }

    /** A database failure: the server answers 503 and logs it; the client never sees the SQL message. */
    public static final class StoreException extends RuntimeException {
        StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

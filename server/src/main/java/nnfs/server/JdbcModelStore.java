package nnfs.server;

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
    static final long CONNECTION_TIMEOUT_MS = 3000;
    /** The schema this code reads and writes. */
    static final int SCHEMA_VERSION = 1;
    /** Migrations.get(v - 1) brings a database from schema v - 1 to v; version 0 is an empty database. */
    private static final List<List<String>> MIGRATIONS = List.of(
            List.of("CREATE TABLE IF NOT EXISTS models (id VARCHAR(32) PRIMARY KEY, document TEXT NOT NULL, "
                    + "token_hash VARCHAR(64) NOT NULL, created BIGINT NOT NULL)"));

    private final HikariDataSource pool;
    private volatile boolean closed;

    private JdbcModelStore(String url, String user, String password, int size) {
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

    /** Creates or upgrades the schema; several servers may do so at once. */
    private void migrate() throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
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
    }

    /** The version nnfs_schema records; 0 when it records none. */
    private static int recordedVersion(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT MAX(version) FROM nnfs_schema")) {
            return r.next() ? r.getInt(1) : 0; // MAX of no rows is NULL, read as 0
        }
    }

    private static boolean tableExists(Connection c, String name) throws SQLException {
        try (ResultSet r = c.getMetaData().getTables(null, null, name, null)) {
            return r.next();
        }
    }

    /** The schema version the database has now. */
    int schemaVersion() {
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
    static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** The embedded default: {@code dir/models.db}, created on first start. */
    public static JdbcModelStore sqlite(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
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

    /** Runs work on a pooled connection (HikariCP replaces one that broke). */
    private <T> T with(SqlWork<T> work) throws SQLException {
        if (closed) throw new SQLException("the model store is closed");
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        }
    }

    @Override
    public Saved save(String document) {
        String token = Ids.newToken();
        for (int attempt = 0; ; attempt++) {
            String id = Ids.newId();
            try {
                return with(c -> {
                    try (PreparedStatement p = c.prepareStatement("INSERT INTO models (id, document, token_hash, created) VALUES (?, ?, ?, ?)")) {
                        p.setString(1, id);
                        p.setString(2, document);
                        p.setString(3, Ids.hash(token));
                        p.setLong(4, System.currentTimeMillis());
                        p.executeUpdate();
                        return new Saved(id, token);
                    }
                });
            } catch (SQLException e) {
                // a clash of 128 random bits will not happen; a retry costs nothing if the database hiccups
                if (attempt >= 2) throw new StoreException("could not save the model", e);
            }
        }
    }

    @Override
    public Optional<Stored> get(String id) {
        try {
            return with(c -> {
                try (PreparedStatement p = c.prepareStatement("SELECT document, created FROM models WHERE id = ?")) {
                    p.setString(1, id);
                    try (ResultSet r = p.executeQuery()) {
                        return r.next() ? Optional.of(new Stored(id, r.getString(1), r.getLong(2))) : Optional.<Stored>empty();
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

package nnfs.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The model store on SQLite (the embedded default: one file in the data directory, WAL, a busy timeout) or on
 * PostgreSQL (for several server instances). Same table, same statements; a small pool of connections.
 */
public final class JdbcModelStore implements ModelStore {
    private final String url;
    private final String user;
    private final String password;
    private final boolean sqlite;
    private final BlockingQueue<Connection> pool;
    private volatile boolean closed;

    private JdbcModelStore(String url, String user, String password, int size) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.sqlite = url.startsWith("jdbc:sqlite:");
        this.pool = new ArrayBlockingQueue<>(size);
        try {
            for (int i = 0; i < size; i++) pool.add(open(user, password));
            with(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("CREATE TABLE IF NOT EXISTS models (id VARCHAR(32) PRIMARY KEY, document TEXT NOT NULL, "
                            + "token_hash VARCHAR(64) NOT NULL, created BIGINT NOT NULL)");
                }
            });
        } catch (SQLException e) {
            close();
            throw new IllegalStateException("cannot open the model store at " + url + ": " + e.getMessage(), e);
        }
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
            throw new IllegalArgumentException("--db must be a jdbc:sqlite: or jdbc:postgresql: URL, got " + url);
        }
        return new JdbcModelStore(url, System.getenv("PGUSER"), System.getenv("PGPASSWORD"), 8);
    }

    private Connection open(String user, String password) throws SQLException {
        Connection c = user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
        if (sqlite) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA busy_timeout=10000");
                s.execute("PRAGMA synchronous=NORMAL");
            }
        }
        c.setAutoCommit(true);
        return c;
    }

    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs work on a pooled connection; a connection that failed is replaced by a fresh one. */
    private <T> T with(SqlWork<T> work) throws SQLException {
        if (closed) throw new SQLException("the model store is closed");
        Connection c;
        try {
            c = pool.poll(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a database connection");
        }
        if (c == null) throw new SQLException("no database connection free for 30 s");
        boolean healthy = false;
        try {
            T result = work.run(c);
            healthy = true;
            return result;
        } finally {
            if (!healthy && !c.isValid(2)) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // replaced below
                }
                c = open(user, password);
            }
            if (closed) c.close();
            else pool.add(c);
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
        Connection c;
        while ((c = pool.poll()) != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }

    /** A database failure: the server answers 503 and logs it; the client never sees the SQL message. */
    public static final class StoreException extends RuntimeException {
        StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

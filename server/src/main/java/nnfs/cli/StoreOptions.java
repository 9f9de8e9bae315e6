package nnfs.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import nnfs.server.store.JdbcModelStore;
import nnfs.server.store.ModelStore;
import picocli.CommandLine.Option;

/** Where the models are: DIR/models.db (SQLite), or a database named by --db; as serve, store export and import take it. */
final class StoreOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:NNFS_DATA:-nnfs-data}", description = "data directory (default ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--db", paramLabel = "URL", defaultValue = "${env:NNFS_DB}", description = "jdbc:postgresql://... or jdbc:sqlite:FILE instead of DIR/models.db")
    String db;

    /** --db, or null (a variable set to nothing counts as unset). */
    String url() {
        return db == null || db.isBlank() ? null : db;
    }

    /**
     * The store of --db, else DIR/models.db; a URL of another kind is a usage error, a store that cannot be opened is
     * said on {@code err} ("nnfs COMMAND: why") and answered null.
     */
    ModelStore open(String who, PrintStream err) {
        try {
            return url() == null ? JdbcModelStore.sqlite(data) : JdbcModelStore.open(url());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } catch (IllegalStateException e) {
            err.println(who + ": " + e.getMessage());
            return null;
        }
    }
}

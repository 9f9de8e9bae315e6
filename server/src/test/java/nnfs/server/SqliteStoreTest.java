package nnfs.server;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import nnfs.server.store.JdbcModelStore;
import nnfs.server.store.ModelStore;

class SqliteStoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    ModelStore open() {
        return JdbcModelStore.sqlite(dir);
    }
}

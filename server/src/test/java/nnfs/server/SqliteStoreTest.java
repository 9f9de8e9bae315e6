package nnfs.server;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    ModelStore open() {
        return JdbcModelStore.sqlite(dir);
    }
}

package nnfs.server;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every model store must do; run against SQLite and PostgreSQL. */
abstract class StoreContract {
    ModelStore store;

    abstract ModelStore open() throws Exception;

    @BeforeEach
    void setUp() throws Exception {
        store = open();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void savedDocumentsComeBackUnchanged() {
        String doc = TestServer.trainedDocument("é ü 日本語 \"quoted\"", 3, 20);
        ModelStore.Saved saved = store.save(doc);
        assertTrue(Ids.isId(saved.id()));
        assertEquals(doc, store.get(saved.id()).orElseThrow().document());
        assertTrue(store.get("AAAAAAAAAAAAAAAAAAAAAA").isEmpty());
        assertEquals(1, store.count());
    }

    @Test
    void onlyTheRightTokenDeletes() {
        ModelStore.Saved saved = store.save("{}");
        assertEquals(ModelStore.Deletion.FORBIDDEN, store.delete(saved.id(), "nope"));
        assertEquals(ModelStore.Deletion.FORBIDDEN, store.delete(saved.id(), null));
        assertTrue(store.get(saved.id()).isPresent());
        assertEquals(ModelStore.Deletion.DELETED, store.delete(saved.id(), saved.deleteToken()));
        assertEquals(ModelStore.Deletion.NOT_FOUND, store.delete(saved.id(), saved.deleteToken()));
        assertTrue(store.get(saved.id()).isEmpty());
    }

    @Test
    void concurrentSavesAreAllKeptApart() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<String[]>> f = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String doc = "{\"n\":" + i + "}";
                f.add(pool.submit(() -> new String[] {store.save(doc).id(), doc}));
            }
            Set<String> ids = new HashSet<>();
            for (Future<String[]> r : f) {
                String[] s = r.get();
                ids.add(s[0]);
                assertEquals(s[1], store.get(s[0]).orElseThrow().document());
            }
            assertEquals(50, ids.size());
            assertEquals(50, store.count());
        } finally {
            pool.shutdownNow();
        }
    }
}

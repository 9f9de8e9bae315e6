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
import nnfs.server.store.Ids;
import nnfs.server.store.ModelStore;

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
        ModelStore.Saved saved = store.save(doc, true);
        assertTrue(Ids.isId(saved.id()));
        assertEquals(doc, store.get(saved.id()).orElseThrow().document());
        assertTrue(store.get(saved.id()).orElseThrow().verified());
        assertFalse(store.get(store.save(doc, false).id()).orElseThrow().verified());
        assertTrue(store.get("AAAAAAAAAAAAAAAAAAAAAA").isEmpty());
        assertEquals(2, store.count());
    }

    /** A backup read row by row and restored into an empty store gives the same rows, tokens' hashes included. */
    @Test
    void aBackupRestoresEveryRowAsItWas() throws Exception {
        ModelStore.Saved a = store.save("{\"a\":1}", true);
        ModelStore.Saved b = store.save("{\"b\":\"日本語\"}", false);
        List<ModelStore.Row> rows = new ArrayList<>();
        store.forEach(rows::add);
        assertEquals(Set.of(a.id(), b.id()), Set.of(rows.get(0).id(), rows.get(1).id()));
        assertEquals(ModelStore.Deletion.DELETED, store.delete(a.id(), a.deleteToken()));
        assertEquals(ModelStore.Deletion.DELETED, store.delete(b.id(), b.deleteToken()));
        for (ModelStore.Row r : rows) assertTrue(store.restore(r));
        for (ModelStore.Row r : rows) assertFalse(store.restore(r), "an id stored already is not overwritten");
        List<ModelStore.Row> again = new ArrayList<>();
        store.forEach(again::add);
        assertEquals(rows, again);
        assertFalse(store.get(b.id()).orElseThrow().verified());
        assertEquals(ModelStore.Deletion.DELETED, store.delete(b.id(), b.deleteToken()), "the restored hash still takes the old token");
    }

    @Test
    void onlyTheRightTokenDeletes() {
        ModelStore.Saved saved = store.save("{}", true);
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
                f.add(pool.submit(() -> new String[] {store.save(doc, false).id(), doc}));
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

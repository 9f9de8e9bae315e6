package nnfs.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nnfs.data.DataSource;
import nnfs.data.DatasetSpec;
import nnfs.model.ModelDocument;
import nnfs.nn.Training;
import nnfs.nn.TrainingSettings;
import nnfs.server.store.ChallengeStore;
import nnfs.server.store.JdbcModelStore;
import nnfs.server.store.ModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nnfs.server.Postgres;

/** store export and import move every model between SQLite and PostgreSQL, tokens and verification kept. */
class StoreCommandTest {
    static String document(int passes) {
        Training t = Training.article(DatasetSpec.article().generate(), 3, TrainingSettings.article().withPasses(passes));
        t.runToEnd();
        return ModelDocument.of("backup", t, DataSource.article()).write();
    }

    @Test
    void aSqliteStoreMovesToPostgresAndBack(@TempDir Path dir) throws Exception {
        String honest = document(300);
        ModelStore.Saved a, b;
        try (JdbcModelStore sqlite = JdbcModelStore.sqlite(dir.resolve("a"))) {
            a = sqlite.save(honest, true);
            b = sqlite.save(honest, false); // stored before models were verified
        }
        Path file = dir.resolve("models.jsonl");
        MainTest.Result exported = MainTest.run("store", "export", "--data", dir.resolve("a").toString(), "--out", file.toString());
        assertEquals(0, exported.code(), exported.err());
        assertTrue(exported.err().contains("exported 2 models, 0 challenges, 0 entries"), exported.err());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        // a forged line (its history divided by ten) and a broken one
        ModelDocument d = ModelDocument.parse(honest);
        String forged = lines.get(0).replace(a.id(), "AAAAAAAAAAAAAAAAAAAAAA")
                .replace(String.valueOf(d.history.get(0).loss), String.valueOf(d.history.get(0).loss / 10));
        Files.writeString(file, String.join("\n", lines) + "\n" + forged + "\n{\"id\":1}\n", StandardCharsets.UTF_8);

        String schema = Postgres.freshSchema();
        try {
            MainTest.Result imported = MainTest.run("store", "import", file.toString(), "--db", schema);
            assertEquals(1, imported.code(), "a refused line makes the import exit 1");
            assertTrue(imported.out().contains("imported 2 models, 0 challenges, 0 entries; 0 were there already; 2 refused"), imported.out());
            assertTrue(imported.err().contains("line 3: not restored: history[0] (pass 0) loss"), imported.err());
            assertTrue(imported.err().contains("line 4: not restored: id:"), imported.err());
            MainTest.Result again = MainTest.run("store", "import", file.toString(), "--db", schema);
            assertTrue(again.out().contains("imported 0 models, 0 challenges, 0 entries; 2 were there already"), again.out());
            try (JdbcModelStore pg = JdbcModelStore.open(schema)) {
                assertEquals(honest, pg.get(a.id()).orElseThrow().document());
                assertTrue(pg.get(a.id()).orElseThrow().verified());
                // replayed on the way in: the one stored unchecked is verified now
                assertTrue(pg.get(b.id()).orElseThrow().verified());
                assertEquals(ModelStore.Deletion.DELETED, pg.delete(a.id(), a.deleteToken()), "the old delete token still deletes");
                List<ModelStore.Row> rows = new ArrayList<>();
                pg.forEach(rows::add);
                assertEquals(1, rows.size());
            }
        } finally {
            Postgres.drop(schema);
        }
        assertEquals(2, MainTest.run("store", "import").code(), "usage: the file is needed");
        assertEquals(2, MainTest.run("store", "copy").code());
    }

    /** Challenges and their entries move with the models: the teacher's token still opens them, every score is the model's. */
    @Test
    void challengesAndTheirEntriesMoveToPostgresWithTheirModels(@TempDir Path dir) throws Exception {
        DataSource split = DataSource.generated(DatasetSpec.article(), 0.3, 0);
        String challengeJson = "{\"title\": \"moved\", \"data\": {\"kind\": \"moons\", \"n\": 200, \"noise\": 0.2, \"seed\": 0, \"testFraction\": 0.3, \"splitSeed\": 0}, "
                + "\"limits\": {\"maxHiddenUnits\": 3, \"maxLayers\": 1, \"activations\": [\"tanh\"], \"maxPasses\": 300}, \"goal\": {\"metric\": \"testAccuracy\", \"target\": 0.8}}";
        nnfs.model.Challenge challenge = nnfs.model.Challenge.parse(challengeJson);
        nnfs.data.Dataset[] tt = split.trainAndTest();
        Training t = new Training(nnfs.nn.Network.article(3, 0), tt[0], tt[1], TrainingSettings.article().withPasses(300), 0, 0);
        t.runToEnd();
        ModelDocument doc = ModelDocument.of("", t, split);
        nnfs.model.Challenge.Score score = challenge.score(doc);
        ChallengeStore.Created created;
        ChallengeStore.Entry entry;
        try (JdbcModelStore sqlite = JdbcModelStore.sqlite(dir.resolve("a"))) {
            ChallengeStore cs = new ChallengeStore(sqlite);
            created = cs.create(challengeJson, null);
            entry = cs.add(created.id(), "Aiko", doc.write(), new ChallengeStore.Scores(score.loss, score.accuracy, score.testLoss, score.testAccuracy, score.parameters, score.meetsGoal));
        }
        Path file = dir.resolve("store.jsonl");
        MainTest.Result exported = MainTest.run("store", "export", "--data", dir.resolve("a").toString(), "--out", file.toString());
        assertEquals(0, exported.code(), exported.err());
        assertTrue(exported.err().contains("exported 1 models, 1 challenges, 1 entries"), exported.err());
        // an entry whose model is not in the file, and one whose name holds a control character
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String entryLine = lines.get(2);
        assertTrue(entryLine.contains("\"kind\":\"entry\""), entryLine);
        String noModel = entryLine.replace(entry.id(), "BBBBBBBBBBBBBBBBBBBBBB").replace(entry.modelId(), "CCCCCCCCCCCCCCCCCCCCCC");
        String badName = entryLine.replace(entry.id(), "DDDDDDDDDDDDDDDDDDDDDD").replace("\"Aiko\"", "\"Ai\\u0007ko\"");
        Files.writeString(file, String.join("\n", lines) + "\n" + noModel + "\n" + badName + "\n", StandardCharsets.UTF_8);

        String schema = Postgres.freshSchema();
        try {
            MainTest.Result imported = MainTest.run("store", "import", file.toString(), "--db", schema);
            assertTrue(imported.out().contains("imported 1 models, 1 challenges, 1 entries; 0 were there already; 2 refused"), imported.out());
            assertTrue(imported.err().contains("line 4: not restored: model CCCCCCCCCCCCCCCCCCCCCC is not in the store"), imported.err());
            assertTrue(imported.err().contains("line 5: not restored: "), imported.err());
            try (JdbcModelStore pg = JdbcModelStore.open(schema)) {
                ChallengeStore cs = new ChallengeStore(pg);
                assertTrue(cs.isTeacher(created.id(), created.teacherToken()), "the teacher's token still opens it");
                assertFalse(cs.isTeacher(created.id(), "not-the-token"));
                List<ChallengeStore.Entry> moved = cs.entries(created.id());
                assertEquals(List.of(entry), moved, "the same entry, its scores computed again from its model");
                assertEquals(doc.write(), pg.get(entry.modelId()).orElseThrow().document());
            }
        } finally {
            Postgres.drop(schema);
        }
    }
}

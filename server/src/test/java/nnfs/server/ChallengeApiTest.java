package nnfs.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nnfs.data.DataSource;
import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;
import nnfs.model.Json;
import nnfs.model.ModelDocument;
import nnfs.nn.Activation;
import nnfs.nn.Evaluation;
import nnfs.nn.Network;
import nnfs.nn.Training;
import nnfs.nn.TrainingSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Classroom challenges through the API, on a real server and SQLite file: a teacher creates one, students submit
 * models trained as the page trains them, and every number the server answers is its own.
 */
class ChallengeApiTest {
    static TestServer s;
    static final DataSource CIRCLES = DataSource.generated(new DatasetSpec(DatasetSpec.Kind.CIRCLES, 160, 0.1, 4, 2, 0.5), 0.3, 2);

    @BeforeAll
    static void start(@TempDir Path dir) {
        s = TestServer.sqlite(dir);
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    static String challenge(int units, long passes, String extra) {
        return "{\"title\": \"Circles <b>small</b>\", \"description\": \"Reach 90 % with few units\", \"data\": " + Json.write(dataJson(CIRCLES))
                + ", \"limits\": {\"maxHiddenUnits\": " + units + ", \"maxLayers\": 2, \"activations\": [\"tanh\", \"relu\"], \"maxPasses\": " + passes + "}"
                + ", \"goal\": {\"metric\": \"testAccuracy\", \"target\": 0.9}" + extra + "}";
    }

    /** The data part of a document of that data: as a training request or a model document writes it. */
    static Object dataJson(DataSource d) {
        Training t = new Training(Network.initialise(new int[] {2, 1, 2}, new Activation[] {Activation.TANH}, 0), d.trainAndTest()[0], d.trainAndTest()[1],
                TrainingSettings.article().withPasses(1), 0, 0);
        return TestServer.json(ModelDocument.of("", t, d).write()).get("data");
    }

    /** A student's model: trained as the page trains it, on this data, written as the page sends it. */
    static String student(DataSource d, int[] sizes, Activation[] acts, long passes) {
        Dataset[] tt = d.trainAndTest();
        TrainingSettings settings = TrainingSettings.article().withPasses(passes).withLearningRate(0.05);
        Training t = new Training(Network.initialise(sizes, acts, 0), tt[0], tt[1], settings, 100, 0);
        t.runToEnd();
        return ModelDocument.of("", t, d).write();
    }

    static final Activation[] TANH = {Activation.TANH};

    static Map<String, Object> created(String body) throws Exception {
        HttpResponse<String> r = s.postJson("/api/challenges", body);
        assertEquals(201, r.statusCode(), r.body());
        return TestServer.json(r.body());
    }

    static HttpResponse<String> submit(String id, String name, String model) throws Exception {
        return s.postJson("/api/challenges/" + id + "/entries", "{\"name\": " + Json.write(name) + ", \"model\": " + model + "}");
    }

    static HttpResponse<String> asTeacher(String method, String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url(path))).method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) b.header("Nnfs-Teacher-Token", token);
        return s.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void refused(HttpResponse<String> r, int status, String key, String detailHas) {
        assertEquals(status, r.statusCode(), r.body());
        Map<String, Object> p = TestServer.json(r.body());
        if (key != null) assertEquals(key, p.get("key"), r.body());
        if (detailHas != null) assertTrue(((String) p.get("detail")).contains(detailHas), (String) p.get("detail"));
    }

    @Test
    void aTeacherSetsAChallengeStudentsSubmitAndTheServerScoresEveryEntry() throws Exception {
        Map<String, Object> c = created(challenge(6, 2000, ""));
        String id = (String) c.get("id"), token = (String) c.get("teacherToken");
        assertEquals(s.url("/c/" + id), c.get("url"));
        assertEquals(s.url("/c/" + id + "/board"), c.get("boardUrl"));
        assertEquals(s.url("/c/" + id + "/board#token=" + token), c.get("teacherUrl"), "the token only in the fragment");

        // its students' page may be framed by a course page (the embed code says how); its board never
        assertTrue(((String) c.get("embedHtml")).startsWith("<iframe src=\"" + s.url("/c/" + id) + "\" width=\"100%\""), (String) c.get("embedHtml"));
        assertTrue(s.get("/c/" + id).headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors *"));
        HttpResponse<String> boardPage = s.get("/c/" + id + "/board");
        assertTrue(boardPage.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertEquals("DENY", boardPage.headers().firstValue("X-Frame-Options").orElse(""));
        assertFalse(boardPage.body().contains(token), "the board's page never holds the token: the link's fragment does");

        // what students read of it: the challenge as set, never its token
        HttpResponse<String> pub = s.get("/api/challenges/" + id);
        assertEquals(200, pub.statusCode());
        assertFalse(pub.body().contains(token));
        Map<String, Object> read = TestServer.json(pub.body());
        assertEquals("Circles <b>small</b>", read.get("title"));
        assertEquals(Json.write(dataJson(CIRCLES)), Json.write(read.get("data")));
        assertEquals(false, read.get("closed"));

        // an entry: every number is what the weights give on the challenge's data
        String model = student(CIRCLES, new int[] {2, 4, 2}, TANH, 1500);
        HttpResponse<String> r = submit(id, "  Aiko  ", model);
        assertEquals(201, r.statusCode(), r.body());
        Map<String, Object> e = TestServer.json(r.body());
        ModelDocument doc = ModelDocument.parse(model);
        Dataset[] tt = CIRCLES.trainAndTest();
        Evaluation test = Evaluation.of(doc.network(), tt[1], doc.settings.reg), train = Evaluation.of(doc.network(), tt[0], doc.settings.reg);
        assertEquals("Aiko", e.get("name"));
        assertEquals(train.loss, (Double) e.get("loss"));
        assertEquals(train.accuracy, (Double) e.get("accuracy"));
        assertEquals(test.loss, (Double) e.get("testLoss"));
        assertEquals(test.accuracy, (Double) e.get("testAccuracy"));
        assertEquals(2.0 * 4 + 4 + 4 * 2 + 2, (Double) e.get("parameters"));
        assertEquals(test.accuracy >= 0.9, e.get("meetsGoal"));
        // the receipt's model is stored, verified, and is the document sent
        String modelUrl = (String) e.get("modelUrl");
        HttpResponse<String> stored = s.get(modelUrl.substring(modelUrl.indexOf("/m/")).replace("/m/", "/api/models/"));
        assertEquals(200, stored.statusCode());
        assertEquals(doc.network().w[0][0], ModelDocument.parse(stored.body()).network().w[0][0]);
        assertFalse(ModelDocument.parse(stored.body()).unverified);

        // a second student, another shape within the limits; a name a spreadsheet would run
        assertEquals(201, submit(id, "=HYPERLINK(\"x\")", student(CIRCLES, new int[] {2, 3, 2, 2}, new Activation[] {Activation.RELU, Activation.TANH}, 800)).statusCode());

        // the teacher's list: only with the token
        refused(asTeacher("GET", "/api/challenges/" + id + "/entries", null), 403, "NO_TEACHER_TOKEN", null);
        refused(asTeacher("GET", "/api/challenges/" + id + "/entries", "not-the-token"), 403, "WRONG_TEACHER_TOKEN", null);
        HttpResponse<String> list = asTeacher("GET", "/api/challenges/" + id + "/entries", token);
        assertEquals(200, list.statusCode(), list.body());
        assertEquals("no-store", list.headers().firstValue("Cache-Control").orElse(""));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) TestServer.json(list.body()).get("entries");
        assertEquals(List.of("Aiko", "=HYPERLINK(\"x\")"), entries.stream().map(x -> x.get("name")).toList());
        assertEquals(e.get("testAccuracy"), entries.get(0).get("testAccuracy"));

        HttpResponse<String> csv = asTeacher("GET", "/api/challenges/" + id + "/entries.csv", token);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals("name,test_accuracy,test_loss,accuracy,loss,parameters,meets_goal,submitted,model", lines[0]);
        assertTrue(lines[1].startsWith("\"Aiko\"," + String.format(java.util.Locale.ROOT, "%.6f", test.accuracy) + ","), lines[1]);
        assertTrue(lines[2].startsWith("\"'=HYPERLINK(\"\"x\"\")\","), "a formula is led by an apostrophe: " + lines[2]);
        refused(asTeacher("GET", "/api/challenges/" + id + "/entries.csv", null), 403, "NO_TEACHER_TOKEN", null);

        // deleting an entry deletes its model; deleting the challenge deletes the rest
        String entryId = (String) entries.get(0).get("id");
        refused(asTeacher("DELETE", "/api/challenges/" + id + "/entries/" + entryId, "nope"), 403, "WRONG_TEACHER_TOKEN", null);
        assertEquals(204, asTeacher("DELETE", "/api/challenges/" + id + "/entries/" + entryId, token).statusCode());
        assertEquals(404, s.get(modelUrl.substring(modelUrl.indexOf("/m/")).replace("/m/", "/api/models/")).statusCode());
        refused(asTeacher("DELETE", "/api/challenges/" + id + "/entries/" + entryId, token), 404, "NO_ENTRY", null);
        assertEquals(204, asTeacher("DELETE", "/api/challenges/" + id, token).statusCode());
        refused(s.get("/api/challenges/" + id), 404, "NO_CHALLENGE", null);
        refused(submit(id, "late", model), 404, "NO_CHALLENGE", null);
    }

    @Test
    void anEntryThatDoesNotAnswerTheChallengeOrIsForgedIsRefusedWithItsReason() throws Exception {
        Map<String, Object> c = created(challenge(4, 1000, ""));
        String id = (String) c.get("id");
        String good = student(CIRCLES, new int[] {2, 3, 2}, TANH, 300);
        // other data, another split, beyond a limit
        refused(submit(id, "a", student(DataSource.generated(CIRCLES.spec, 0.3, 9), new int[] {2, 3, 2}, TANH, 300)), 422, "ENTRY_OTHER_DATA", "data.splitSeed is 9");
        refused(submit(id, "a", student(CIRCLES, new int[] {2, 5, 2}, TANH, 300)), 422, "ENTRY_UNITS", "5 hidden units");
        refused(submit(id, "a", student(CIRCLES, new int[] {2, 3, 2}, new Activation[] {Activation.SIGMOID}, 300)), 422, "ENTRY_ACTIVATION", "sigmoid");
        refused(submit(id, "a", student(CIRCLES, new int[] {2, 3, 2}, TANH, 1001)), 422, "ENTRY_PASSES", "1001");
        // numbers its weights do not give
        ModelDocument doc = ModelDocument.parse(good);
        String claimed = Json.write(doc.testAccuracy);
        assertTrue(good.contains("\"testAccuracy\":" + claimed));
        assertEquals(422, submit(id, "a", good.replace("\"testAccuracy\":" + claimed, "\"testAccuracy\":1")).statusCode());
        // true numbers, but not from the training it states: another learning rate gives other weights
        String otherRate = good.replace("\"learningRate\":0.05", "\"learningRate\":0.04");
        assertNotEquals(good, otherRate);
        HttpResponse<String> r = submit(id, "a", otherRate);
        assertEquals(422, r.statusCode(), r.body());
        assertEquals("Training does not reproduce", TestServer.json(r.body()).get("title"));
        // the name
        refused(submit(id, "   ", good), 422, "ENTRY_NO_NAME", null);
        refused(submit(id, "x".repeat(61), good), 422, "SETTING_TEXT_LENGTH", "61");
        refused(submit(id, "a\u0007b", good), 422, "ENTRY_NAME_CONTROL", null);
        refused(s.postJson("/api/challenges/" + id + "/entries", "[1, 2]"), 422, "ENTRY_NOT_OBJECT", null);
        // none of them was recorded; the good one goes in
        assertEquals(201, submit(id, "Ben", good).statusCode());
        String list = asTeacher("GET", "/api/challenges/" + id + "/entries", (String) c.get("teacherToken")).body();
        assertEquals(1, ((List<?>) TestServer.json(list).get("entries")).size(), list);
    }

    @Test
    void aChallengeThatCannotBeJudgedIsRefusedBeforeAnyStudentTrains() throws Exception {
        // entries within these limits could cost more to check than the server checks: it says how many passes fit
        HttpResponse<String> costly = s.postJson("/api/challenges", challenge(200, 200_000, ""));
        refused(costly, 422, "CHALLENGE_TOO_COSTLY", "passes fit");
        refused(s.postJson("/api/challenges", challenge(4, 100, "").replace("\"testFraction\":0.3", "\"testFraction\":0")), 422, "CHALLENGE_NEEDS_TEST", null);
        refused(s.postJson("/api/challenges", challenge(4, 100, ", \"closes\": \"tomorrow\"")), 422, "CHALLENGE_CLOSES_FORMAT", "tomorrow");
        refused(s.postJson("/api/challenges", challenge(4, 100, ", \"closes\": \"2020-01-01T00:00:00Z\"")), 422, "CHALLENGE_CLOSES_PAST", null);
        refused(s.postJson("/api/challenges", "{\"title\": \"x\""), 422, null, null);
    }

    @Test
    void aClosedChallengeTakesNoMoreEntries() throws Exception {
        String closes = Instant.now().plusMillis(1500).toString();
        Map<String, Object> c = created(challenge(4, 1000, ", \"closes\": \"" + closes + "\""));
        String id = (String) c.get("id");
        String good = student(CIRCLES, new int[] {2, 3, 2}, TANH, 200);
        assertEquals(201, submit(id, "on time", good).statusCode());
        Thread.sleep(Math.max(0, Instant.parse(closes).toEpochMilli() - System.currentTimeMillis() + 50));
        refused(submit(id, "late", good), 409, "CHALLENGE_CLOSED", null);
        assertEquals(true, TestServer.json(s.get("/api/challenges/" + id).body()).get("closed"));
    }

    /** The article's exercises as ready-made challenges: each is a challenge the server takes, in either language. */
    @Test
    void theArticlesReadyMadeChallengesAreTakenAsTheyAre() throws Exception {
        for (nnfs.model.ChallengePresets.Preset p : nnfs.model.ChallengePresets.ALL) {
            for (String lang : new String[] {"en", "ja"}) {
                String title = nnfs.text.UiText.byKey(p.titleKey).format(lang), text = nnfs.text.UiText.byKey(p.textKey).format(lang);
                Map<String, Object> c = created("{\"title\": " + Json.write(title) + ", \"description\": " + Json.write(text) + ", " + p.challengeJson.substring(1));
                assertEquals(title, TestServer.json(s.get("/api/challenges/" + c.get("id")).body()).get("title"), p.key);
            }
        }
    }
}

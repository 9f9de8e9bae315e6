package nnfs.server;

import static nnfs.server.ServerTest.assertProblem;
import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import nnfs.model.ModelDocument;
import nnfs.nn.Training;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import nnfs.server.pages.Describe;
import nnfs.server.store.JdbcModelStore;
import nnfs.server.http.Html;

/**
 * A stored model cannot lie about how it was trained: the server trains every posted document again from its own
 * settings and refuses what does not reproduce; one too costly to check is stored only marked unverified, and
 * everything that shows it says so.
 */
class TrainingClaimsTest {
    @TempDir
    static Path dir;
    static TestServer s;
    static String doc;

    @BeforeAll
    static void start() {
        s = new TestServer(JdbcModelStore.sqlite(dir.resolve("data")), 100_000);
        doc = TestServer.trainedDocument("honest", 3, 2000);
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    static String replaceOnce(String text, String from, String to) {
        assertTrue(text.contains(from), from);
        return text.replace(from, to);
    }

    @Test
    void anHonestDocumentIsStoredVerified() throws Exception {
        HttpResponse<String> r = s.postJson("/api/models", doc);
        assertEquals(201, r.statusCode(), r.body());
        Map<String, Object> answer = TestServer.json(r.body());
        assertEquals(Boolean.TRUE, answer.get("verified"));
        String id = (String) answer.get("id");
        assertEquals(doc, s.get("/api/models/" + id).body(), "stored as posted, with no mark");
        assertFalse(s.get("/m/" + id).body().contains(nnfs.text.Msg.UNVERIFIED.format("en")));
    }

    @Test
    void anEditedLossHistoryIsRefused() throws Exception {
        ModelDocument d = ModelDocument.parse(doc);
        Training.Point p = d.history.get(1);
        long before = s.store.count();
        String forged = replaceOnce(doc, "[" + p.pass + "," + p.loss + ",", "[" + p.pass + "," + p.loss / 10 + ",");
        assertProblem(s.postJson("/api/models", forged), 422, "history[1] (pass 1000) loss: the document says " + p.loss / 10);
        assertEquals(before, s.store.count());
    }

    @Test
    void claimedSettingsThatDidNotMakeTheWeightsAreRefused() throws Exception {
        // the weights of 2000 passes at 0.01, claimed for a learning rate of 0.5, or for 5 passes
        assertProblem(s.postJson("/api/models", replaceOnce(doc, "\"learningRate\":0.01", "\"learningRate\":0.5")), 422,
                "does not come from the training it describes");
        String fivePasses = replaceOnce(doc, "\"passes\":2000,\"passesDone\":2000", "\"passes\":5,\"passesDone\":5")
                .replaceAll("\"history\":\\[.*?\\]\\],", "\"history\":[],");
        assertProblem(s.postJson("/api/models", fivePasses), 422, "model.W[0][0][0]: the document says");
    }

    /**
     * A document whose replay is beyond the budget (ten million passes claimed for these weights) is refused unless
     * it says it is unverified; stored so, its page, card, oEmbed answer and embed all say so.
     */
    @Test
    void aDocumentTooCostlyToCheckIsStoredOnlyMarkedUnverified() throws Exception {
        String huge = replaceOnce(doc, "\"passes\":2000,\"passesDone\":2000", "\"passes\":10000000,\"passesDone\":10000000");
        assertProblem(s.postJson("/api/models", huge), 422, "\"unverified\": true");
        String marked = huge.replace("\"title\":\"honest\"", "\"title\":\"honest\",\"unverified\":true");
        HttpResponse<String> r = s.postJson("/api/models", marked);
        assertEquals(201, r.statusCode(), r.body());
        Map<String, Object> answer = TestServer.json(r.body());
        assertEquals(Boolean.FALSE, answer.get("verified"));
        assertTrue(((String) answer.get("title")).endsWith(nnfs.text.Msg.UNVERIFIED.format("en")));
        String id = (String) answer.get("id");
        assertTrue(s.get("/api/models/" + id).body().contains("\"unverified\":true"));
        String page = s.get("/m/" + id).body();
        assertTrue(page.contains("<title>honest — loss") && page.contains(nnfs.text.Msg.UNVERIFIED.format("en") + " — nnfs</title>"), page);
        assertTrue(page.contains(Describe.unverifiedMeaning("en")));
        assertTrue(s.get("/embed/" + id).body().contains(nnfs.text.Msg.UNVERIFIED.format("en") + "</title>"));
        Map<String, Object> oembed = TestServer.json(s.get("/oembed?url=" + Html.urlEncode(s.url("/m/" + id))).body());
        assertTrue(((String) oembed.get("title")).endsWith(nnfs.text.Msg.UNVERIFIED.format("en")), oembed.toString());
        // the card carries the warning in its own colour; a verified model's card has none of it
        String verified = (String) TestServer.json(s.postJson("/api/models", doc).body()).get("id");
        assertTrue(warningPixels(id) > 200, "warning pixels: " + warningPixels(id));
        assertEquals(0, warningPixels(verified));
        // a document within the budget is checked even when it says it need not be
        String markedSmall = doc.replace("\"title\":\"honest\"", "\"title\":\"honest\",\"unverified\":true");
        Map<String, Object> checked = TestServer.json(s.postJson("/api/models", markedSmall).body());
        assertEquals(Boolean.TRUE, checked.get("verified"));
        assertFalse(s.get("/api/models/" + checked.get("id")).body().contains("unverified"));
        assertProblem(s.postJson("/api/models", replaceOnce(markedSmall, "\"learningRate\":0.01", "\"learningRate\":0.02")), 422,
                "does not come from the training");
    }

    private static int warningPixels(String id) throws Exception {
        HttpResponse<byte[]> r = s.getBytes("/m/" + id + "/card.png");
        assertEquals(200, r.statusCode());
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(r.body()));
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 800; x < img.getWidth(); x++) if ((img.getRGB(x, y) & 0xffffff) == 0xa8071a) n++;
        }
        return n;
    }

    /** Train-and-save passes the same door: what it stores renders everywhere, or it is refused before storing. */
    @Test
    void trainAndSaveKeepsTheRulesOfEveryStoredModel() throws Exception {
        long before = s.store.count();
        String threeD = "{\"data\":{\"kind\":\"points\",\"points\":[[0,0,1,0],[1,1,0,1],[0,1,1,1],[1,0,0,0]],\"classes\":2},\"hidden\":[3],"
                + "\"activations\":[\"tanh\"],\"training\":{\"passes\":10,\"learningRate\":0.01,\"reg\":0.01,\"seed\":0,\"batchSize\":0,"
                + "\"anneal\":\"none\",\"meanGradients\":false}}";
        assertEquals(200, s.postJson("/api/train", threeD).statusCode(), "training alone may use any dimension");
        assertProblem(s.postJson("/api/train?save=true", threeD), 422, "2-D points only");
        // 900 and 8 hidden units (9926 parameters) on 1450 points written to 16 digits: a document over 256 KiB
        StringBuilder pts = new StringBuilder();
        for (int i = 0; i < 1450; i++) pts.append(i == 0 ? "" : ",").append("[0.").append(1000000000000000L + i * 7919L).append(",0.")
                .append(2000000000000000L + i * 104729L).append(",").append(i % 2).append("]");
        String large = "{\"data\":{\"kind\":\"points\",\"points\":[" + pts + "],\"classes\":2},\"hidden\":[900,8],\"activations\":[\"tanh\",\"tanh\"],"
                + "\"training\":{\"passes\":1,\"learningRate\":0.01,\"reg\":0.01,\"seed\":0,\"batchSize\":0,\"anneal\":\"none\",\"meanGradients\":false}}";
        assertTrue(large.length() < 64 * 1024);
        HttpResponse<String> unsaved = s.postJson("/api/train", large);
        assertEquals(200, unsaved.statusCode(), unsaved.body());
        assertTrue(unsaved.body().length() > ModelDocument.MAX_CHARS, "the trained document has " + unsaved.body().length() + " characters");
        assertProblem(s.postJson("/api/train?save=true", large), 422, "a stored model holds at most 262144");
        assertEquals(before, s.store.count());
    }

    /**
     * A database of schema 1 (before models were verified) is migrated in place: its models stay, unchanged, and are
     * shown as not verified, since no server trained them again.
     */
    @Test
    void modelsStoredBeforeVerificationAreShownAsNotVerified(@TempDir Path old) throws Exception {
        String url = "jdbc:sqlite:" + old.resolve("models.db");
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE models (id VARCHAR(32) PRIMARY KEY, document TEXT NOT NULL, token_hash VARCHAR(64) NOT NULL, "
                    + "created BIGINT NOT NULL)");
            st.executeUpdate("CREATE TABLE nnfs_schema (version INTEGER NOT NULL)");
            st.executeUpdate("INSERT INTO nnfs_schema (version) VALUES (1)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO models VALUES ('AAAAAAAAAAAAAAAAAAAAAA', ?, 'x', 0)")) {
                p.setString(1, doc);
                p.executeUpdate();
            }
        }
        try (TestServer old1 = new TestServer(JdbcModelStore.open(url), 100)) {
            assertEquals(JdbcModelStore.SCHEMA_VERSION, ((JdbcModelStore) old1.store).schemaVersion());
            String served = old1.get("/api/models/AAAAAAAAAAAAAAAAAAAAAA").body();
            assertEquals(ModelDocument.parse(doc).marked(true).write(), served, "the stored document, marked");
            assertTrue(old1.get("/m/AAAAAAAAAAAAAAAAAAAAAA").body().contains(Describe.unverifiedMeaning("en")));
        }
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet r = st.executeQuery("SELECT document, verified FROM models")) {
            assertTrue(r.next());
            assertEquals(doc, r.getString(1), "the stored text itself is not changed");
            assertEquals(0, r.getInt(2));
        }
    }
}

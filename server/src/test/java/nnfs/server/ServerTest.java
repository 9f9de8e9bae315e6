package nnfs.server;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import nnfs.data.Moons;
import nnfs.model.Json;
import nnfs.model.ModelDocument;
import nnfs.nn.Network;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.function.Function;
import nnfs.grid.Palette;
import nnfs.text.PyFormat;
import nnfs.server.http.Html;
import nnfs.server.store.Ids;
import nnfs.server.pictures.ArticleFigures;
import nnfs.server.pictures.Card;

/** The HTTP API, pages and pictures of a real server on a free port over a temporary SQLite file. */
class ServerTest {
    @TempDir
    static Path dir;
    static TestServer s;
    static String doc;
    static String id;
    static String token;

    @BeforeAll
    static void start() throws Exception {
        s = TestServer.sqlite(dir.resolve("data"));
        doc = TestServer.trainedDocument("three <b>units</b> & \"quotes\"", 3, 3000);
        HttpResponse<String> r = s.postJson("/api/models", doc);
        assertEquals(201, r.statusCode(), r.body());
        Map<String, Object> m = TestServer.json(r.body());
        id = (String) m.get("id");
        token = (String) m.get("deleteToken");
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @Test
    void saveThenFetchGivesTheSameBits() throws Exception {
        Map<String, Object> links = TestServer.json(s.postJson("/api/models", doc).body());
        assertTrue(Ids.isId((String) links.get("id")));
        assertEquals(s.url("/m/" + links.get("id")), links.get("url"));
        assertEquals(s.url("/embed/" + links.get("id")), links.get("embedUrl"));
        assertTrue(((String) links.get("imageUrl")).endsWith("/api/models/" + links.get("id") + "/boundary.png"));
        assertTrue(((String) links.get("deleteToken")).length() >= 32);
        HttpResponse<String> r = s.get("/api/models/" + links.get("id"));
        assertEquals(200, r.statusCode());
        assertEquals(doc, r.body(), "stored and served unchanged");
        Network sent = ModelDocument.parse(doc).network(), back = ModelDocument.parse(r.body()).network();
        for (int l = 0; l < sent.layers(); l++) assertArrayEquals(sent.w[l], back.w[l], 0.0);
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, s.get("/api/models/" + links.get("id"), "If-None-Match", etag).statusCode());
    }

    @Test
    void fiftyConcurrentSavesAreAllThereAndNoneMixedUp() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<String[]>> saves = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String title = "model number " + i;
                String text = doc.replace("\"title\":\"three <b>units</b> & \\\"quotes\\\"\"", "\"title\":\"" + title + "\"");
                assertNotEquals(doc, text);
                saves.add(pool.submit(() -> {
                    HttpResponse<String> r = s.postJson("/api/models", text);
                    assertEquals(201, r.statusCode(), r.body());
                    return new String[] {(String) TestServer.json(r.body()).get("id"), title};
                }));
            }
            Set<String> ids = new HashSet<>();
            for (Future<String[]> f : saves) {
                String[] saved = f.get();
                ids.add(saved[0]);
                assertEquals(saved[1], ModelDocument.parse(s.get("/api/models/" + saved[0]).body()).title);
            }
            assertEquals(50, ids.size());
        } finally {
            pool.shutdownNow();
        }
    }

    static void assertProblem(HttpResponse<String> r, int status, String detailPart) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        Map<String, Object> p = TestServer.json(r.body());
        assertEquals((double) status, p.get("status"));
        assertTrue(((String) p.get("detail")).contains(detailPart), "detail was: " + p.get("detail"));
        assertFalse(r.body().contains("at nnfs.") || r.body().contains("Exception"), "no stack trace: " + r.body());
    }

    @Test
    void everyBadInputIsAProblemAndStoresNothing() throws Exception {
        long before = s.store.count();
        assertProblem(s.postJson("/api/models", "{\"format\": "), 422, "malformed JSON");
        assertProblem(s.postJson("/api/models", doc.replace("\"layers\":[2,3,2]", "\"layers\":[2,4,2]")), 422, "model.W[0][0]: expected 4 numbers");
        assertProblem(s.postJson("/api/models", doc.replaceFirst("\"W\":\\[\\[\\[[-0-9.E]+", "\"W\":[[[NaN")), 422, "malformed JSON");
        assertProblem(s.postJson("/api/models", doc.replaceFirst("\"W\":\\[\\[\\[[-0-9.E]+", "\"W\":[[[1e999")), 422, "number out of range");
        assertProblem(s.postJson("/api/models", doc.replace("\"version\":1", "\"version\":7")), 422, "version 7 is not known");
        Map<String, Object> boastful = TestServer.json(doc);
        boastful.put("accuracy", 1.0);
        boastful.put("loss", 0.0001);
        assertProblem(s.postJson("/api/models", Json.write(boastful)), 422, "loss: the document claims 1.0E-4, but its weights give");
        assertProblem(s.postJson("/api/models", doc.replace("[\"tanh\"]", "[\"gelu\"]")), 422, "unknown activation 'gelu'");
        assertProblem(s.postJson("/api/models", doc.replace("\"layers\":[2,3,2]", "\"layers\":[2,900,900,2]").replace("[\"tanh\"]", "[\"tanh\",\"tanh\"]")), 422,
                "parameters; at most");
        StringBuilder huge = new StringBuilder("[");
        for (int i = 0; i < 200_000; i++) huge.append(i == 0 ? "" : ",").append("0.5");
        assertProblem(s.postJson("/api/models", doc.replace("\"history\":[", "\"history\":[" + huge + ",")), 413, "at most 262144 bytes");
        assertProblem(s.post("/api/models", "text/plain", doc), 415, "application/json");
        assertProblem(s.post("/api/models", "application/x-www-form-urlencoded", "a=b"), 415, "application/json");
        assertProblem(s.get("/api/models/not-an-id"), 404, "is not a model id");
        assertProblem(s.get("/api/models/AAAAAAAAAAAAAAAAAAAAAA"), 404, "no model with id");
        assertProblem(s.get("/api/models/" + id + "/boundary.png?w=5000"), 400, "between 100 and 2000");
        assertProblem(s.get("/api/models/" + id + "/boundary.png?w=50"), 400, "between 100 and 2000");
        assertProblem(s.get("/api/models/" + id + "/boundary.png?h=abc"), 400, "whole number");
        String big = "{\"data\":{\"kind\":\"moons\",\"n\":5000,\"noise\":0.2,\"seed\":0},\"hidden\":[50],\"activations\":[\"tanh\"],"
                + "\"training\":{\"passes\":20000,\"learningRate\":0.01,\"reg\":0.01,\"seed\":0,\"batchSize\":0,\"anneal\":\"none\",\"meanGradients\":false}}";
        assertProblem(s.postJson("/api/train?save=true", big), 422, "the server trains at most");
        assertProblem(s.postJson("/api/train", "{\"hidden\":[3]}"), 422, "activations: missing");
        assertProblem(s.get("/api/datasets/swiss"), 404, "unknown data set");
        assertProblem(s.get("/api/datasets/moons?noise=NaN"), 400, "finite number");
        assertProblem(s.get("/api/datasets/moons?n=0"), 400, "between 1 and 5000");
        assertProblem(s.get("/nothing/here"), 404, "nothing at /nothing/here");
        assertEquals(before, s.store.count(), "nothing was stored");
    }

    @Test
    void deletingNeedsTheToken() throws Exception {
        Map<String, Object> m = TestServer.json(s.postJson("/api/models", doc).body());
        String mid = (String) m.get("id");
        assertProblem(s.delete("/api/models/" + mid, null), 403, "Nnfs-Delete-Token");
        assertProblem(s.delete("/api/models/" + mid, "wrong-token"), 403, "does not match");
        assertEquals(200, s.get("/api/models/" + mid).statusCode());
        assertEquals(204, s.delete("/api/models/" + mid, (String) m.get("deleteToken")).statusCode());
        assertProblem(s.get("/api/models/" + mid), 404, "no model");
    }

    /**
     * Deleting removes the model from every route of every server sharing the store, pictures a server had already
     * rendered included; nothing of ours told a cache to keep them.
     */
    @Test
    void aDeletedModelIsGoneFromEveryRouteOnEveryServerSharingTheStore() throws Exception {
        Map<String, Object> m = TestServer.json(s.postJson("/api/models", doc).body());
        String mid = (String) m.get("id");
        Function<TestServer, List<String>> routes = server -> List.of("/api/models/" + mid, "/api/models/" + mid + "/boundary.png",
                "/api/models/" + mid + "/boundary.png?w=300&h=200", "/api/models/" + mid + "/loss.png", "/m/" + mid, "/m/" + mid + "/card.png", "/embed/" + mid,
                "/oembed?url=" + Html.urlEncode(server.url("/m/" + mid)));
        try (TestServer other = TestServer.sqlite(dir.resolve("data"))) {
            for (TestServer server : List.of(s, other)) {
                for (String route : routes.apply(server)) {
                    HttpResponse<byte[]> r = server.getBytes(route);
                    assertEquals(200, r.statusCode(), route + " before");
                    assertFalse(r.headers().firstValue("Cache-Control").orElse("").contains("immutable"), route);
                }
            }
            assertEquals(204, other.delete("/api/models/" + mid, (String) m.get("deleteToken")).statusCode());
            for (TestServer server : List.of(s, other)) {
                for (String route : routes.apply(server)) assertEquals(404, server.getBytes(route).statusCode(), route + " after, on " + server.url(""));
            }
        }
    }

    static BufferedImage png(HttpResponse<byte[]> r) throws Exception {
        assertEquals(200, r.statusCode());
        assertEquals("image/png", r.headers().firstValue("Content-Type").orElse(""));
        return ImageIO.read(new ByteArrayInputStream(r.body()));
    }

    static double distance(Color a, int rgb) {
        Color b = new Color(rgb);
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
    }

    /** Class 0's colour (red) at (rx, ry), class 1's (blue) at (bx, by): nearer each than the other. */
    static void assertClassColours(BufferedImage img, int rx, int ry, int bx, int by) {
        Color red = new Color(Palette.region(new double[] {1, 0}, 0, 2, false));
        Color blue = new Color(Palette.region(new double[] {0, 1}, 0, 2, false));
        int atRed = img.getRGB(rx, ry), atBlue = img.getRGB(bx, by);
        assertTrue(distance(red, atRed) < distance(blue, atRed), "red-ish at " + rx + "," + ry + ": " + Integer.toHexString(atRed));
        assertTrue(distance(blue, atBlue) < distance(red, atBlue), "blue-ish at " + bx + "," + by + ": " + Integer.toHexString(atBlue));
    }

    @Test
    void theBoundaryPictureHasTheSizeAskedAndEachClassColourOnItsSide() throws Exception {
        HttpResponse<byte[]> r = s.getBytes("/api/models/" + id + "/boundary.png?w=500&h=400");
        BufferedImage img = png(r);
        assertEquals(500, img.getWidth());
        assertEquals(400, img.getHeight());
        assertEquals("public, no-cache", r.headers().firstValue("Cache-Control").orElse(""), "asked again on every use: it may be deleted");
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, s.get("/api/models/" + id + "/boundary.png?w=500&h=400", "If-None-Match", etag).statusCode());
        // the moons' model says class 0 (red) at the top left of the plot and class 1 (blue) at the bottom right
        ModelDocument d = ModelDocument.parse(doc);
        assertEquals(0, d.model.predict(new double[] {-1.5, 1.5}, 0));
        assertEquals(1, d.model.predict(new double[] {2.5, -1.2}, 0));
        assertClassColours(img, 70, 45, 480, 360);
        BufferedImage loss = png(s.getBytes("/api/models/" + id + "/loss.png"));
        assertEquals(640, loss.getWidth());
    }

    @Test
    void oembedAnswersTheSpec() throws Exception {
        HttpResponse<String> r = s.get("/oembed?url=" + Html.urlEncode(s.url("/m/" + id)) + "&maxwidth=400&maxheight=300&format=json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        Map<String, Object> o = TestServer.json(r.body());
        assertEquals("1.0", o.get("version"));
        assertEquals("rich", o.get("type"));
        assertEquals("nnfs", o.get("provider_name"));
        double w = (Double) o.get("width"), h = (Double) o.get("height");
        assertTrue(w <= 400 && h <= 300 && w > 0 && h > 0, w + "x" + h);
        String html = (String) o.get("html");
        // WordPress's fallback (a hidden link in a blockquote, which makes WordPress load its resizing script), then the iframe
        assertTrue(html.startsWith("<blockquote class=\"wp-embedded-content\" style=\"display:none\"><a href=\"" + s.url("/m/" + id) + "\">"), html);
        assertTrue(html.contains("</blockquote><iframe src=\"" + s.url("/embed/" + id) + "\"") && html.endsWith("</iframe>"), html);
        assertTrue(html.contains("width=\"" + (int) w + "\"") && html.contains("height=\"" + (int) h + "\""), html);
        assertFalse(html.contains("<b>"), "the title is escaped inside the html: " + html);
        String thumb = (String) o.get("thumbnail_url");
        BufferedImage t = png(s.getBytes(thumb.substring(s.url("").length())));
        assertEquals(((Double) o.get("thumbnail_width")).intValue(), t.getWidth());
        assertEquals(((Double) o.get("thumbnail_height")).intValue(), t.getHeight());
        assertTrue(((String) o.get("title")).contains("three <b>units</b>"));
        // the iframe is titled, lazy and says which referrer it sends; a browser's script may read the answer
        assertTrue(html.contains(" title=\"") && html.contains(" loading=\"lazy\"") && html.contains(" referrerpolicy=\""), html);
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        // maxwidth and maxheight bound everything, the thumbnail too; too small for a picture: no thumbnail at all
        for (int[] max : new int[][] {{400, 300}, {300, 120}, {150, 90}, {90, 400}, {1000, 1000}}) {
            Map<String, Object> a = TestServer.json(s.get("/oembed?url=" + Html.urlEncode(s.url("/m/" + id)) + "&maxwidth=" + max[0] + "&maxheight=" + max[1]).body());
            double aw = (Double) a.get("width"), ah = (Double) a.get("height");
            assertTrue(aw <= max[0] && ah <= max[1], aw + "x" + ah + " within " + max[0] + "x" + max[1]);
            if (a.containsKey("thumbnail_url")) {
                double tw = (Double) a.get("thumbnail_width"), th = (Double) a.get("thumbnail_height");
                assertTrue(tw <= max[0] && th <= max[1], "thumbnail " + tw + "x" + th + " within " + max[0] + "x" + max[1]);
                BufferedImage small = png(s.getBytes(((String) a.get("thumbnail_url")).substring(s.url("").length())));
                assertEquals((int) tw, small.getWidth());
            } else {
                assertFalse(a.containsKey("thumbnail_width") || a.containsKey("thumbnail_height"));
                assertTrue(max[0] < 134 || max[1] < 100, "a thumbnail is left out only when it cannot fit: " + max[0] + "x" + max[1]);
            }
        }
        // the height follows the panels the link asks for (shared's EmbedLayout): more panels, more room
        double plain = (Double) TestServer.json(s.get("/oembed?url=" + Html.urlEncode(s.url("/m/" + id))).body()).get("height");
        double three = (Double) TestServer.json(s.get("/oembed?url=" + Html.urlEncode(s.url("/m/" + id + "?show=loss,diagram,inspect"))).body()).get("height");
        double narrow = (Double) TestServer.json(s.get("/oembed?url=" + Html.urlEncode(s.url("/m/" + id + "?show=loss")) + "&maxwidth=360").body()).get("height");
        assertEquals(nnfs.settings.EmbedLayout.height(640, ""), (int) plain);
        assertEquals(nnfs.settings.EmbedLayout.height(640, "loss,diagram,inspect"), (int) three);
        assertEquals("loss,diagram,inspect", nnfs.settings.EmbedLayout.shown("loss,diagram,inspect", 640, (int) three), "all three show at that height");
        assertTrue(narrow >= nnfs.settings.EmbedLayout.UNDER_MIN_HEIGHT, "a narrow frame tall enough for its panel under the plot: " + narrow);
        // lang: the embed in that language
        Map<String, Object> ja = TestServer.json(s.get("/oembed?url=" + Html.urlEncode(s.url("/m/" + id)) + "&lang=ja").body());
        assertTrue(((String) ja.get("html")).contains(s.url("/embed/" + id) + "?lang=ja\""), (String) ja.get("html"));
        assertProblem(s.get("/oembed?url=" + Html.urlEncode(s.url("/m/" + id)) + "&lang=xx"), 400, "lang must be one of en, ja");
        assertProblem(s.get("/oembed?url=" + Html.urlEncode(s.url("/m/AAAAAAAAAAAAAAAAAAAAAA"))), 404, "no model");
        assertProblem(s.get("/oembed?url=" + Html.urlEncode("https://example.org/other")), 404, "not an nnfs model link");
        assertProblem(s.get("/oembed?url=" + Html.urlEncode(s.url("/m/" + id)) + "&format=xml"), 501, "format=json");
        assertProblem(s.get("/oembed"), 400, "url parameter is required");
    }

    /** An embed's options are checked where the page is served, and an oEmbed answer carries its link's options. */
    @Test
    void embedOptionsAreCheckedAndCarriedThroughOEmbed() throws Exception {
        assertEquals(200, s.get("/embed/" + id + "?show=loss,diagram&controls=all&locked=1&start=replay&caption=Look&lang=ja").statusCode());
        assertProblem(s.get("/embed/" + id + "?show=loss,warp"), 400, "show takes a list of loss, diagram, inspect");
        assertProblem(s.get("/embed/" + id + "?controls=some"), 400, "controls must be one of none, play, auto, all");
        assertProblem(s.get("/embed/" + id + "?start=later"), 400, "start must be one of trained, untrained, replay");
        assertProblem(s.get("/embed/" + id + "?locked=yes"), 400, "locked must be 1 or 0");
        assertProblem(s.get("/embed/" + id + "?caption=" + "x".repeat(201)), 400, "caption is at most 200 characters");
        assertProblem(s.get("/embed/" + id + "?lang=fr"), 400, "lang must be one of en, ja");
        String link = s.url("/m/" + id + "?caption=" + Html.urlEncode("A & B") + "&show=diagram,loss&start=replay");
        Map<String, Object> o = TestServer.json(s.get("/oembed?url=" + Html.urlEncode(link) + "&lang=ja").body());
        String src = s.url("/embed/" + id + "?show=loss,diagram&start=replay&caption=A+%26+B&lang=ja");
        assertTrue(((String) o.get("html")).contains("</blockquote><iframe src=\"" + nnfs.text.EmbedCode.attribute(src) + "\""), (String) o.get("html"));
        assertProblem(s.get("/oembed?url=" + Html.urlEncode(s.url("/m/" + id + "?controls=many"))), 400, "controls must be one of");
    }

    /** The share card stands alone: the boundary on the left, our mark, the title and the numbers in the column. */
    @Test
    void theShareCardShowsTheBoundaryTheTitleTheNumbersAndTheMark() throws Exception {
        HttpResponse<byte[]> r = s.getBytes("/m/" + id + "/card.png");
        BufferedImage card = png(r);
        assertEquals(1200, card.getWidth());
        assertEquals(630, card.getHeight());
        assertEquals("public, no-cache", r.headers().firstValue("Cache-Control").orElse(""));
        assertClassColours(card, 110, 50, 740, 540); // the boundary
        assertEquals(Card.ACCENT.getRGB(), card.getRGB(815, 45), "the mark");
        // the column has text in each of its bands (title, loss, accuracy), and nothing spills past the card's edge
        for (int[] band : new int[][] {{110, 180}, {200, 300}, {300, 380}}) {
            int dark = 0;
            for (int y = band[0]; y < band[1]; y++) for (int x = 810; x < 1170; x++) if (distance(Color.BLACK, card.getRGB(x, y)) < 200) dark++;
            assertTrue(dark > 300, "text between y " + band[0] + " and " + band[1] + ": " + dark + " dark pixels");
        }
        for (int y = 0; y < 600; y++) for (int x = 1180; x < 1200; x++) assertEquals(Color.WHITE.getRGB(), card.getRGB(x, y), "margin at " + x + "," + y);
        assertEquals(304, s.get("/m/" + id + "/card.png", "If-None-Match", r.headers().firstValue("ETag").orElseThrow()).statusCode());
        assertEquals(404, s.getBytes("/m/AAAAAAAAAAAAAAAAAAAAAA/card.png").statusCode());
    }

    @Test
    void pagesCarryCardsEscapeUserTextAndFollowTheFramingRules() throws Exception {
        HttpResponse<String> page = s.get("/m/" + id);
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertFalse(html.contains("<b>units</b>"), "user text is escaped");
        assertTrue(html.contains("three &lt;b&gt;units&lt;/b&gt; &amp; \"quotes\""), "escaped in the text");
        assertTrue(html.contains("content=\"three &lt;b>units&lt;/b> &amp; &#34;quotes&#34;"), "escaped in an attribute");
        assertTrue(html.contains("<meta property=\"og:image\" content=\"" + s.url("/m/" + id + "/card.png") + "\">"));
        assertTrue(html.contains("<meta name=\"twitter:image\" content=\"" + s.url("/m/" + id + "/card.png") + "\">"));
        assertTrue(html.contains("name=\"twitter:card\" content=\"summary_large_image\""));
        assertTrue(html.contains("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"" + s.url("/oembed?url=")));
        assertEquals(1, html.split("<meta name=\"description\"", -1).length - 1, "one description, the model's");
        assertTrue(html.contains("<meta name=\"description\" content=\"three &lt;b>units"), "the model's description");
        for (String path : new String[] {"/", "/m/" + id, "/api/models/" + id, "/oembed?url=x"}) {
            HttpResponse<String> r = s.get(path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertTrue(r.headers().firstValue("Referrer-Policy").isPresent(), path);
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), path);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), path);
        }
        HttpResponse<String> embed = s.get("/embed/" + id);
        assertEquals(200, embed.statusCode());
        assertTrue(embed.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors *"));
        assertTrue(embed.headers().firstValue("X-Frame-Options").isEmpty());
        assertTrue(embed.body().contains("/api/models/" + id + "/boundary.png"));
    }

    @Test
    void datasetsAndTrainingAnswerLikeTheCommandLine() throws Exception {
        Map<String, Object> m = TestServer.json(s.get("/api/datasets/moons?n=25&noise=0.3&seed=4").body());
        var d = Moons.generate(25, 0.3, 4);
        List<?> xs = (List<?>) m.get("X");
        for (int i = 0; i < d.n; i++) {
            assertEquals(d.get(i, 0), (Double) ((List<?>) xs.get(i)).get(0), 0.0);
            assertEquals(d.get(i, 1), (Double) ((List<?>) xs.get(i)).get(1), 0.0);
        }
        String req = "{\"data\":{\"kind\":\"moons\",\"n\":200,\"noise\":0.2,\"seed\":0},\"hidden\":[3],\"activations\":[\"tanh\"],"
                + "\"training\":{\"passes\":1001,\"learningRate\":0.01,\"reg\":0.01,\"seed\":0,\"batchSize\":0,\"anneal\":\"none\",\"meanGradients\":false}}";
        HttpResponse<String> r = s.postJson("/api/train", req);
        assertEquals(200, r.statusCode(), r.body());
        ModelDocument trained = ModelDocument.parse(r.body());
        assertEquals("0.432387", PyFormat.f(trained.history.get(0).loss));
        assertEquals(1000, trained.history.get(trained.history.size() - 1).pass);
        assertEquals("0.068947", PyFormat.f(trained.history.get(trained.history.size() - 1).loss));
        HttpResponse<String> saved = s.postJson("/api/train?save=true", req);
        assertEquals(201, saved.statusCode());
        Map<String, Object> answer = TestServer.json(saved.body());
        String newId = (String) answer.get("id");
        assertEquals(newId, saved.headers().firstValue("Nnfs-Id").orElseThrow());
        assertEquals(saved.headers().firstValue("Nnfs-DeleteToken").orElseThrow(), answer.get("deleteToken"));
        assertEquals(Boolean.TRUE, answer.get("verified"));
        assertEquals(r.body(), Json.write(answer.get("model")), "the answer holds the document it stored");
        assertEquals(r.body(), s.get("/api/models/" + newId).body(), "the same settings train to the same document");
        assertEquals(204, s.delete("/api/models/" + newId, (String) answer.get("deleteToken")).statusCode());
    }

    @Test
    void anUntrainedSetupEmbedsItsDataSet() throws Exception {
        HttpResponse<String> r = s.get("/embed?data=circles&n=150&noise=0.1&seed=3&hidden=5,4&activation=relu,tanh&lr=0.02");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors *"));
        assertTrue(r.body().contains("circles(n=150, noise=0.1, seed=3, factor=0.5)"), r.body());
        assertTrue(r.body().contains("hidden 5,4 relu,tanh"));
        assertTrue(r.body().contains("/api/datasets/circles/picture.png?data=circles&amp;n=150"), r.body());
        BufferedImage img = png(s.getBytes("/api/datasets/circles/picture.png?n=150&noise=0.1&seed=3"));
        assertEquals(640, img.getWidth());
        assertProblem(s.get("/embed?data=circles&hidden=x"), 400, "hidden must be layer sizes");
        assertProblem(s.get("/embed?activation=swish"), 400, "activation must be tanh, sigmoid, relu");
        // the settings table's limits, as the page takes them: no caption of a network the page would not build
        assertProblem(s.get("/embed?hidden=5000"), 400, "1 to 1000 units");
        assertProblem(s.get("/embed?data=circles&factor=0.995"), 400, "factor must be between 0 and 0.99");
        assertProblem(s.get("/embed?speed=99"), 400, "speed must be between 0 and 14");
        assertProblem(s.get("/embed?hidden=5,4,3&activation=relu,tanh"), 400, "one per hidden layer (3)");
        assertProblem(s.get("/embed?lr=0"), 400, "lr must be between 0.000000001 and 1000");
        HttpResponse<String> aliased = s.get("/embed?data=circles&n=150&noise=0.1&data-seed=3");
        assertEquals(200, aliased.statusCode(), aliased.body());
        assertTrue(aliased.body().contains("circles(n=150, noise=0.1, seed=3, factor=0.5)"), "data-seed is the data's seed, as on the page");
        assertProblem(s.get("/embed?n=-3"), 400, "between 1 and 5000");
        assertProblem(s.get("/api/datasets/moons/picture.png?w=99999"), 400, "between 100 and 2000");
    }

    /**
     * The figures are rendered once (the hidden-size comparison trains seven networks); until then the server says
     * when to come back, and the test does as a client would, for as long as a slow machine needs.
     */
    @Test
    void theArticlesFiguresAreServed() throws Exception {
        for (String f : ArticleFigures.NAMES) {
            HttpResponse<byte[]> r = s.getBytes("/api/figures/article/" + f + ".png");
            for (long deadline = System.nanoTime() + 300_000_000_000L; r.statusCode() == 503 && System.nanoTime() < deadline; ) {
                Thread.sleep(1000L * Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow()));
                r = s.getBytes("/api/figures/article/" + f + ".png");
            }
            BufferedImage img = png(r);
            assertTrue(img.getWidth() >= 600, f);
        }
        assertProblem(s.get("/api/figures/article/other.png"), 404, "no article figure");
    }

    @Test
    void anOversizeUploadGetsItsAnswerNotAReset() throws Exception {
        String body = "x".repeat(3 * 1024 * 1024);
        HttpResponse<String> r = s.postJson("/api/models", body);
        assertProblem(r, 413, "at most 262144 bytes");
        assertNotNull(Json.parse(r.body()));
    }
}

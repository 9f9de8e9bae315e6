package nnfs.server;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real third-party oEmbed consumer from npm, @extractus/oembed-extractor (pinned by its package-lock.json in
 * src/test/node/oembed-consumer), against a real server: it knows nothing of nnfs and finds the endpoint by
 * discovery, as a course platform's editor does with a pasted link.
 */
class OEmbedConsumerTest {
    @TempDir
    static Path dir;
    static TestServer s;
    static Path consumer;

    @BeforeAll
    static void installTheConsumerAndStartAServer() throws Exception {
        consumer = Path.of("target", "oembed-consumer").toAbsolutePath();
        Files.createDirectories(consumer);
        for (String f : List.of("package.json", "package-lock.json", "consume.mjs")) {
            Files.copy(Path.of("src", "test", "node", "oembed-consumer", f), consumer.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        Run npm = run(consumer, 300, "npm", "ci", "--no-audit", "--no-fund");
        assertEquals(0, npm.exit, "npm ci of the consumer (needs node and npm, and the npm registry):\n" + npm.out);
        s = TestServer.sqlite(dir);
    }

    @AfterAll
    static void stop() {
        if (s != null) s.close();
    }

    record Run(int exit, String out) {}

    static Run run(Path cwd, int seconds, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true).start();
        byte[][] out = new byte[1][];
        Thread reader = new Thread(() -> {
            try {
                out[0] = p.getInputStream().readAllBytes();
            } catch (IOException e) {
                out[0] = e.toString().getBytes(StandardCharsets.UTF_8);
            }
        });
        reader.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", command) + " took over " + seconds + " s");
        }
        reader.join();
        return new Run(p.exitValue(), new String(out[0], StandardCharsets.UTF_8));
    }

    /** What the library gives for a page address (and optional maxwidth, maxheight). */
    static Map<String, Object> consume(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", "consume.mjs"));
        command.addAll(List.of(args));
        Run r = run(consumer, 60, command.toArray(new String[0]));
        assertEquals(0, r.exit, r.out);
        String[] lines = r.out.strip().split("\n");
        return TestServer.json(lines[lines.length - 1]);
    }

    @Test
    void theLibraryFindsOurEndpointByDiscoveryAndEmbedsTheModel() throws Exception {
        String doc = TestServer.trainedDocument("A course's moons", 3, 300);
        Map<String, Object> saved = TestServer.json(s.postJson("/api/models", doc).body());
        String id = (String) saved.get("id");

        Map<String, Object> o = consume(s.url("/m/" + id));
        assertEquals("auto-discovery", o.get("method"), "found by discovery, not by a provider list: " + o);
        assertEquals("rich", o.get("type"));
        assertEquals("nnfs", o.get("provider_name"));
        assertEquals(saved.get("title"), o.get("title"));
        assertTrue(((String) o.get("html")).endsWith((String) saved.get("embedHtml")), "the iframe the share box gives, after WordPress's hidden fallback: " + o.get("html"));

        // the site's column: everything within it, the thumbnail too
        Map<String, Object> small = consume(s.url("/m/" + id), "480", "400");
        assertTrue(((Number) small.get("width")).intValue() <= 480 && ((Number) small.get("height")).intValue() <= 400, small.toString());
        assertTrue(((Number) small.get("thumbnail_width")).intValue() <= 480 && ((Number) small.get("thumbnail_height")).intValue() <= 400, small.toString());
        assertEquals(200, s.getBytes(((String) small.get("thumbnail_url")).substring(s.url("").length())).statusCode());

        // a link from the embed builder keeps its options through discovery
        Map<String, Object> built = consume(s.url("/m/" + id + "?show=loss&start=replay&lang=ja"));
        assertTrue(((String) built.get("html")).contains(nnfs.text.EmbedCode.attribute(s.url("/embed/" + id + "?show=loss&start=replay&lang=ja"))), built.toString());

        // deleted: the library is told so, and embeds nothing
        assertEquals(204, s.delete("/api/models/" + id, (String) saved.get("deleteToken")).statusCode());
        Map<String, Object> gone = consume(s.url("/m/" + id));
        assertEquals("Request failed with error code 404", gone.get("error"), gone.toString());
    }
}

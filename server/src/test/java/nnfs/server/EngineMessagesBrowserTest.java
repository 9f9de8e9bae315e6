package nnfs.server;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nnfs.data.PointsCsv;
import nnfs.model.ModelDocument;
import nnfs.model.TrainingRequest;
import nnfs.text.Problem;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * What the engine says when it cannot go on, in Japanese: the engine's own messages, made by the engine from bad
 * documents, requests and files, each one of its catalogue's (nnfs.text.Msg) and said in Japanese; and a broken model
 * file imported in the Japanese page, which the engine in the page names in Japanese, leaving the run on screen as it was.
 */
class EngineMessagesBrowserTest extends PageTest {

    /** Words that stay as they are in Japanese: identifiers, names of data sets and functions, JSON's words. */
    static final Set<String> KEPT = Set.of("tanh", "sigmoid", "relu", "moons", "circles", "xor", "blobs", "spiral", "points",
            "none", "step", "exp", "inv", "FACTOR", "EVERY", "JSON", "nnfs", "pass", "loss", "accuracy", "testLoss",
            "testAccuracy", "label", "factor", "null", "true", "false", "NaN", "Infinity");

    /** The engine's refusal of a text that `read` refuses (the test fails if it does not refuse it). */
    static IllegalArgumentException refusal(Function<String, ?> read, String text) {
        return assertThrows(IllegalArgumentException.class, () -> read.apply(text), "refused: " + text);
    }

    /** The engine's refusals of a range of documents, requests and files. */
    static List<IllegalArgumentException> engineMessages() {
        String doc = TestServer.trainedDocument("messages", 3, 100);
        Function<String, ?> parseDoc = ModelDocument::parse;
        Function<String, ?> parseRequest = TrainingRequest::parse;
        Function<String, ?> parseCsv = PointsCsv::parse;
        List<IllegalArgumentException> out = new ArrayList<>();
        for (String bad : List.of("", "{\"a\":1,}", "[1 2]", "{\"a\":tru}", "{\"a\":\"\\x\"}", "{\"a\":1}x", "{\"a\":1.}", "{\"a\":1e}",
                "{\"a\":1,\"a\":2}", "{\"a\":\"\u0001\"}", "{\"a\" 1}", "{}", "[]", "\"text\"")) {
            out.add(refusal(parseDoc, bad));
        }
        // one change to the real document each: a field it refuses
        String[][] edits = {
                {"\"nnfs-model\"", "\"other\""},
                {"\"version\":1", "\"version\":99"},
                {"\"title\":\"messages\"", "\"title\":\"" + "x".repeat(300) + "\""},
                {"\"type\":\"network\"", "\"type\":\"tree\""},
                {"[\"tanh\"]", "[\"swish\"]"},
                {"[\"tanh\"]", "[\"tanh\",\"tanh\"]"},
                {"\"learningRate\":0.01", "\"learningRate\":-1"},
                {"\"learningRate\":0.01", "\"learningRate\":\"fast\""},
                {"\"passes\":100", "\"passes\":1e12"},
                {"\"passes\":100", "\"passes\":10.5"},
                {"\"anneal\":\"none\"", "\"anneal\":\"step:2:100\""},
                {"\"anneal\":\"none\"", "\"anneal\":\"slowly\""},
                {"\"kind\":\"moons\"", "\"kind\":\"spirals\""},
                {"\"testFraction\":0", "\"testFraction\":0.999"},
                {"\"meanGradients\":false", "\"meanGradients\":0"},
                {"\"layers\":[2,3,2]", "\"layers\":[2,4,2]"}};
        for (String[] edit : edits) out.add(refusal(parseDoc, doc.replace(edit[0], edit[1])));
        Function<String, ?> checkClaims = text -> { ModelDocument.parse(text).checkClaims(); return null; };
        out.add(refusal(checkClaims, doc.replaceFirst("\"loss\":[0-9.eE-]+", "\"loss\":0.5")));
        out.add(refusal(checkClaims, doc.replace("\"testLoss\":null", "\"testLoss\":0.5")));
        for (String bad : List.of("{\"hidden\":[],\"activations\":[]}", "{\"hidden\":[3],\"activations\":[\"tanh\"],\"training\":{\"batchSize\":-1}}",
                "{\"hidden\":[3,3],\"activations\":[\"tanh\"]}", "{\"hidden\":[0],\"activations\":[\"tanh\"]}",
                "{\"hidden\":[3],\"activations\":[\"tanh\"],\"data\":{\"kind\":\"blobs\",\"classes\":40}}",
                "{\"hidden\":[3],\"activations\":[\"tanh\"],\"training\":{\"anneal\":\"exp:5\"}}",
                "{\"hidden\":[3],\"activations\":[\"tanh\"],\"training\":{\"anneal\":\"inv:x\"}}",
                "{\"hidden\":[3],\"activations\":[\"tanh\"],\"data\":{\"kind\":\"moons\",\"n\":0}}",
                "{\"hidden\":[3],\"activations\":[\"tanh\"],\"data\":{\"kind\":\"moons\",\"noise\":-1}}",
                "{\"hidden\":[3],\"activations\":[\"tanh\"],\"data\":{\"kind\":\"moons\",\"splitSeed\":-1}}",
                "{\"hidden\":[3],\"activations\":[\"tanh\"],\"data\":{\"kind\":\"circles\",\"factor\":1}}",
                "{\"hidden\":[3],\"activations\":[\"tanh\"],\"data\":{\"kind\":\"points\",\"classes\":2,\"points\":[[1e9,0,0],[0,0,1]]}}",
                "{\"hidden\":[3],\"activations\":[\"tanh\"],\"data\":{\"kind\":\"points\",\"classes\":2,\"points\":[[0,0,5],[0,0,1]]}}",
                "{\"hidden\":[3],\"activations\":[\"tanh\"],\"data\":{\"kind\":\"points\",\"classes\":2,\"points\":[]}}")) {
            out.add(refusal(parseRequest, bad));
        }
        for (String bad : List.of("1,2", "a,b,0", "1,2,99", "1e9,0,0", "", "0,0,0\n1,x,1")) {
            out.add(refusal(parseCsv, bad));
        }
        return out;
    }

    @Test
    void everyMessageOfTheEngineIsTheCataloguesAndReadsInJapanese() {
        List<IllegalArgumentException> messages = engineMessages();
        Pattern english = Pattern.compile("[A-Za-z]{2,}");
        List<String> problems = new ArrayList<>(); // all of them at once: a new message of the engine's is one line here
        for (IllegalArgumentException e : messages) {
            if (!(e instanceof Problem) || ((Problem) e).msg.literal) {
                problems.add("not in the catalogue: " + e.getMessage());
                continue;
            }
            String en = e.getMessage(), ja = ((Problem) e).in("ja");
            if (en.equals(ja)) {
                problems.add("not translated: " + en);
                continue;
            }
            // the parts that stay: quoted names and values, and the JSON path the message starts with
            String rest = ja.replaceAll("'[^']*'|\"[^\"]*\"", "").replaceFirst("^([\\w.\\[\\]-]+: )+", "");
            Matcher m = english.matcher(rest);
            while (m.find()) if (!KEPT.contains(m.group())) problems.add("English (" + m.group() + ") left in \"" + ja + "\" from \"" + en + "\"");
            // and every number the engine named is still there
            Matcher n = Pattern.compile("\\d+").matcher(en.replaceAll("\"[^\"]*\"", ""));
            while (n.find()) if (!ja.contains(n.group())) problems.add("the number " + n.group() + " lost in \"" + ja + "\" from \"" + en + "\"");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(messages.size() >= 40, "messages read: " + messages.size());
    }

    @Test
    void aBrokenModelFileIsNamedInJapaneseAndTheRunOnScreenGoesOn() throws Exception {
        d.get(s.url("/?lang=ja#passes=500"));
        waitFor("the engine", () -> d.findElement(By.id("v-pass")).getText().equals("0 / 500"), 30);
        d.findElement(By.id("b-step100")).click();
        waitFor("100 passes", () -> d.findElement(By.id("v-pass")).getText().equals("100 / 500"), 30);
        String doc = TestServer.trainedDocument("broken", 3, 100).replace("[\"tanh\"]", "[\"swish\"]");
        Path file = dir.resolve("broken-model.json");
        Files.writeString(file, doc);
        d.findElement(By.id("f-import")).sendKeys(file.toString());
        waitFor("the message", () -> !d.findElement(By.id("errors")).getText().isEmpty(), 30);
        String shown = d.findElement(By.id("errors")).getText();
        assertTrue(shown.startsWith("モデルのファイル broken-model.json を開けません: "), shown);
        assertTrue(shown.contains("不明な活性化関数 'swish' です"), shown);
        assertEquals("100 / 500", d.findElement(By.id("v-pass")).getText(), "the run on screen is kept");
        d.findElement(By.id("b-step100")).click();
        waitFor("it goes on", () -> d.findElement(By.id("v-pass")).getText().equals("200 / 500"), 30);

        // a file that is not JSON at all
        Files.writeString(file, "not a model");
        d.findElement(By.id("f-import")).sendKeys(file.toString());
        waitFor("the message", () -> d.findElement(By.id("errors")).getText().contains("JSON の 0 文字目が不正です"), 30);
    }
}

package nnfs.client;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same training, run by the JVM and by the TeaVM-compiled JavaScript in Node: the printed losses, every
 * weight's 64 bits and the model document's text must be identical.
 */
class TeaVMBitIdentityTest {
    static final Path JS = Path.of(System.getProperty("nnfs.js", "target/classes/nnfs-web/js/nnfs.js"));

    record Case(String name, String request, int passes, int recordEvery) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String ARTICLE_TRAINING = "\"training\":{\"passes\":20000,\"learningRate\":0.01,\"reg\":0.01,\"seed\":0,\"batchSize\":0,\"anneal\":\"none\",\"meanGradients\":false}";

    static List<Case> cases() {
        return List.of(
                new Case("the article, 3000 passes",
                        "{\"data\":{\"kind\":\"moons\",\"n\":200,\"noise\":0.2,\"seed\":0},\"hidden\":[3],\"activations\":[\"tanh\"]," + ARTICLE_TRAINING + "}",
                        3000, 1000),
                new Case("spiral, 3 classes, relu and sigmoid, minibatches, annealing, test split",
                        "{\"data\":{\"kind\":\"spiral\",\"n\":150,\"noise\":0.2,\"seed\":4,\"classes\":3,\"testFraction\":0.2,\"splitSeed\":1},"
                                + "\"hidden\":[8,6],\"activations\":[\"relu\",\"sigmoid\"],\"training\":{\"passes\":400,\"learningRate\":0.02,"
                                + "\"reg\":0.001,\"seed\":7,\"batchSize\":16,\"anneal\":\"exp:0.001\",\"meanGradients\":true}}",
                        400, 50),
                new Case("circles, xor and blobs",
                        "{\"data\":{\"kind\":\"circles\",\"n\":101,\"noise\":0.1,\"seed\":2,\"factor\":0.4},\"hidden\":[5],\"activations\":[\"tanh\"],"
                                + "\"training\":{\"passes\":500,\"learningRate\":0.01,\"reg\":0.01,\"seed\":3,\"batchSize\":0,\"anneal\":\"step:0.5:100\",\"meanGradients\":false}}",
                        500, 100),
                new Case("xor", "{\"data\":{\"kind\":\"xor\",\"n\":120,\"noise\":0.05,\"seed\":9},\"hidden\":[6],\"activations\":[\"tanh\"],"
                        + "\"training\":{\"passes\":500,\"learningRate\":0.01,\"reg\":0.01,\"seed\":3,\"batchSize\":10,\"anneal\":\"inv:0.01\",\"meanGradients\":false}}",
                        500, 100),
                new Case("blobs", "{\"data\":{\"kind\":\"blobs\",\"n\":90,\"noise\":1.5,\"seed\":5,\"classes\":4},\"hidden\":[4],\"activations\":[\"sigmoid\"],"
                        + "\"training\":{\"passes\":300,\"learningRate\":0.005,\"reg\":0.01,\"seed\":1,\"batchSize\":0,\"anneal\":\"none\",\"meanGradients\":false}}",
                        300, 100));
    }

    static String node(String request, int passes, int every) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JS), "the TeaVM output is missing: " + JS);
        return nodeCall("trainReport(" + quote(request) + ", " + passes + ", " + every + ")");
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @ParameterizedTest
    @MethodSource("cases")
    void javascriptTrainsToTheSameBitsAsTheJvm(Case c) throws Exception {
        String jvm = Engine.trainReport(c.request(), c.passes(), c.recordEvery());
        String js = node(c.request(), c.passes(), c.recordEvery());
        assertTrue(jvm.contains("after " + c.passes() + " passes"), jvm);
        assertEquals(jvm, js);
    }

    @org.junit.jupiter.api.Test
    void everyDeterministicFunctionGivesTheSameBits() throws Exception {
        assertEquals(Engine.mathReport(40000), nodeCall("mathReport(40000)"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void logisticRegressionGivesTheSameBits(Case c) throws Exception {
        assertEquals(Engine.logregReport(c.request()), nodeCall("logregReport(" + quote(c.request()) + ")"));
    }

    static String nodeCall(String call) throws IOException, InterruptedException {
        Path script = Files.createTempFile("nnfs-teavm", ".js");
        Files.writeString(script, "const m = require(" + quote(JS.toAbsolutePath().toString()) + ");\nprocess.stdout.write(m." + call + ");\n");
        try {
            Process p = new ProcessBuilder("node", script.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "node did not finish");
            assertEquals(0, p.exitValue(), "node failed: " + out);
            return out;
        } finally {
            Files.deleteIfExists(script);
        }
    }

    @org.junit.jupiter.api.Test
    void theArticlesPrintsComeOutOfTheBrowserBuildToo() throws Exception {
        String js = node(cases().get(0).request(), 1001, 1000);
        assertTrue(js.startsWith("Loss after iteration 0: 0.432387\nLoss after iteration 1000: 0.068947\n"), js);
    }
}

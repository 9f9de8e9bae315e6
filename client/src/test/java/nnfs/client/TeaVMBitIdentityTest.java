package nnfs.client;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The same training, run by the JVM and by the TeaVM-compiled JavaScript in Node: the printed losses, every
 * weight's 64 bits and the model document's text must be identical.
 */
class TeaVMBitIdentityTest {
    static final Path JS = Path.of(System.getProperty("nnfs.js", "target/classes/nnfs-web/js/nnfs.js"));

    static String node(String request, int passes, int every) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JS), "the TeaVM output is missing: " + JS);
        return nodeCall("trainReport(" + quote(request) + ", " + passes + ", " + every + ")");
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @ParameterizedTest
    @MethodSource("nnfs.client.BitIdentityCases#cases")
    void javascriptTrainsToTheSameBitsAsTheJvm(BitIdentityCases.Case c) throws Exception {
        String jvm = Engine.trainReport(c.request(), c.passes(), c.recordEvery());
        String js = node(c.request(), c.passes(), c.recordEvery());
        assertTrue(jvm.contains("after " + c.passes() + " passes"), jvm);
        assertEquals(jvm, js);
    }

    @Test
    void everyDeterministicFunctionGivesTheSameBits() throws Exception {
        assertEquals(Engine.mathReport(40000), nodeCall("mathReport(40000)"));
    }

    @ParameterizedTest
    @MethodSource("nnfs.client.BitIdentityCases#cases")
    void logisticRegressionGivesTheSameBits(BitIdentityCases.Case c) throws Exception {
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

    @Test
    void theArticlesPrintsComeOutOfTheBrowserBuildToo() throws Exception {
        String js = node(BitIdentityCases.cases().get(0).request(), 1001, 1000);
        assertTrue(js.startsWith("Loss after iteration 0: 0.432387\nLoss after iteration 1000: 0.068947\n"), js);
    }
}

package nnfs.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nnfs.data.Moons;
import nnfs.model.Json;
import nnfs.model.ModelDocument;
import nnfs.model.Replay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import javax.imageio.ImageIO;

/** The command line through its entry point, as a user types it. */
class MainTest {
    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void trainPrintsTheArticlesLines() {
        Result r = run("train", "--passes", "2001");
        assertEquals(0, r.code, r.err);
        List<String> lines = r.out.lines().toList();
        assertEquals("Loss after iteration 0: 0.432387", lines.get(0));
        assertEquals("Loss after iteration 1000: 0.068947", lines.get(1));
        assertTrue(lines.get(2).startsWith("Loss after iteration 2000: 0.06"));
        assertTrue(lines.get(3).startsWith("Training accuracy: 0.9"), lines.get(3));
    }

    @Test
    void trainSavesADocumentThatReadsBackWithTheSameWeights(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.json");
        Result r = run("train", "--hidden", "5,4", "--activation", "relu,tanh", "--passes", "300", "--batch", "32",
                "--anneal", "step:0.5:100", "--test-fraction", "0.2", "--save", file.toString(), "--title", "two layers");
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.contains("Test accuracy: "), r.out);
        ModelDocument doc = ModelDocument.parse(Files.readString(file));
        assertArrayEquals(new int[] {2, 5, 4, 2}, doc.network().sizes);
        assertEquals("two layers", doc.title);
        assertEquals(300, doc.passesDone);
        assertEquals(0.2, doc.data.testFraction);
        assertFalse(Double.isNaN(doc.testAccuracy));
        Replay.verify(doc, () -> {}); // what the server does with it: the document trains again to its own bits
    }

    /** A saved run's loss curve is dense and ends at its last pass (it stopped at the last printed one, 2000 of 3000). */
    @Test
    void aSavedModelsLossCurveEndsAtItsLastPass(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.json");
        Result r = run("train", "--passes", "3000", "--save", file.toString());
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.contains("Loss after iteration 2000:") && !r.out.contains("iteration 2999"), "the printed lines are the article's: " + r.out);
        ModelDocument doc = ModelDocument.parse(Files.readString(file));
        assertEquals(2999, doc.curve.pass(doc.curve.size() - 1));
        assertTrue(doc.curve.size() > 300, "dense: " + doc.curve.size() + " points");
        assertEquals(doc.loss, doc.curve.loss(doc.curve.size() - 1), 0.0, "its last point is the saved model's loss");
        assertEquals(3, doc.history.size(), "the history is the printed lines");
    }

    @Test
    void datasetPrintsScikitLearnsPointsExactly() {
        Result r = run("dataset", "moons", "--n", "31", "--noise", "0.3", "--seed", "7");
        assertEquals(0, r.code, r.err);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) Json.parse(r.out.trim());
        List<?> xs = (List<?>) m.get("X");
        var d = Moons.generate(31, 0.3, 7);
        for (int i = 0; i < d.n; i++) {
            List<?> p = (List<?>) xs.get(i);
            assertEquals(d.get(i, 0), (Double) p.get(0), 0.0);
            assertEquals(d.get(i, 1), (Double) p.get(1), 0.0);
            assertEquals((double) d.y[i], (Double) ((List<?>) m.get("y")).get(i), 0.0);
        }
        assertEquals(0, run("dataset", "--data", "spiral", "--classes", "4").code);
    }

    @Test
    void logregJsonIsTheArticlesBaseline() {
        Result r = run("logreg", "--json");
        assertEquals(0, r.code, r.err);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) Json.parse(r.out.trim());
        assertEquals(2.782559402207126, (Double) m.get("C"), 0.0);
        assertEquals(0.85, (Double) m.get("accuracy"), 0.0);
        assertEquals(2, ((List<?>) m.get("coef")).size());
    }

    @Test
    void sweepAndGradcheckReport() {
        Result s = run("sweep", "--sizes", "2,3", "--passes", "1000", "--json");
        assertEquals(0, s.code, s.err);
        List<?> rows = (List<?>) Json.parse(s.out.trim());
        assertEquals(2, rows.size());
        Result g = run("gradcheck", "--hidden", "4,3", "--activation", "tanh,sigmoid", "--n", "50");
        assertEquals(0, g.code, g.err);
        assertTrue(g.out.contains("gradients are correct"), g.out);
    }

    @Test
    void sweepHonoursTheTestFraction() {
        Result s = run("sweep", "--sizes", "3", "--passes", "200", "--test-fraction", "0.25", "--json");
        assertEquals(0, s.code, s.err);
        Map<?, ?> row = (Map<?, ?>) ((List<?>) Json.parse(s.out.trim())).get(0);
        double acc = (Double) row.get("accuracy"), testAcc = (Double) row.get("testAccuracy");
        assertEquals(0, Math.round(acc * 150) - acc * 150, 1e-9, "trained on the 150 training points");
        assertEquals(0, Math.round(testAcc * 50) - testAcc * 50, 1e-9, "tested on the 50 held out");
        Result table = run("sweep", "--sizes", "3", "--passes", "200", "--test-fraction", "0.25");
        assertTrue(table.out.lines().findFirst().orElseThrow().contains("test accuracy"), table.out);
    }

    @Test
    void messagesSayWhatIsWrongOnce(@TempDir Path dir) {
        assertEquals("nnfs train: Unknown option: '--bogus' (see nnfs train --help)\n", run("train", "--bogus").err);
        assertEquals("nnfs train: Unknown option: '--bogus' (see nnfs train --help)\n", run("train", "--bogus", "--passes", "10").err);
        assertEquals("nnfs train: Missing required parameter for option '--passes' (N) (see nnfs train --help)\n", run("train", "--passes").err);
        assertEquals("nnfs train: --n: must be between 1 and " + nnfs.Limits.MAX_POINTS + ", got 0\n", run("train", "--n", "0").err);
        assertEquals("nnfs store import: cannot read nowhere.jsonl\n", run("store", "import", "nowhere.jsonl").err);
        Path missing = dir.resolve("missing.csv");
        assertEquals("nnfs train: --points: no such file: " + missing + "\n", run("train", "--points", missing.toString()).err);
        assertTrue(run("gradcheck", "--help").out.contains("--passes=N           passes to train before checking (default 0)"), run("gradcheck", "--help").out);
        assertFalse(run("gradcheck", "--help").out.contains("(default 20000)"));
        assertTrue(run("dataset", "--help").out.contains("--seed=S"));
        // the defaults the help states are the settings table's, as the page shows them
        assertTrue(run("train", "--help").out.contains("--passes=N           passes over the data (default 20000)"));
        assertFalse(run("sweep", "--help").out.contains("--hidden"), "sweep compares --sizes");
    }

    @Test
    void everyBadArgumentIsOneLineOnStderrAndExitTwo(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("p.csv");
        Files.writeString(csv, "x,y,label\n0,0,0\n1,nan,1\n");
        String[][] bad = {
                {"train", "--lr", "abc"}, {"train", "--lr", "NaN"}, {"train", "--lr", "Infinity"}, {"train", "--lr", "-1"},
                {"train", "--passes", "-5"}, {"train", "--hidden", "3,x"}, {"train", "--hidden", "0"}, {"train", "--activation", "swish"},
                {"train", "--activation", "tanh,relu"}, {"train", "--anneal", "cosine"}, {"train", "--batch", "-1"},
                {"train", "--seed", "4294967296"}, {"train", "--unknown", "1"}, {"train", "--lr"}, {"train", "extra"},
                {"train", "--n", "0"}, {"train", "--noise", "-1"}, {"train", "--data", "swiss"}, {"train", "--test-fraction", "1"},
                {"train", "--classes", "3"}, {"train", "--points", dir.resolve("missing.csv").toString()},
                {"train", "--points", csv.toString()}, {"train", "--lr", "1", "--lr", "2"},
                {"dataset", "moons", "--data", "moons"}, {"logreg", "--json=maybe"}, {"sweep", "--hidden", "3"}, {"bench", "--rounds", "0"},
                {"frobnicate"}, {"gradcheck", "--epsilon", "2"},
                // the settings table's limits, as the page and the server take them
                {"train", "--data", "circles", "--factor", "0.995"}, {"train", "--lr", "1e-10"}, {"train", "--batch", "5001"},
                {"train", "--hidden", "1001"}, {"train", "--anneal", "step:0.0000001:10"},
        };
        for (String[] args : bad) {
            Result r = run(args);
            assertEquals(2, r.code, String.join(" ", args) + " -> " + r.out + r.err);
            assertEquals(1, r.err.lines().count(), "one line: " + r.err);
            assertTrue(r.err.startsWith("nnfs"), r.err);
            assertEquals("", r.out);
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : Main.commands().keySet()) {
            Result r = run(c, "--help");
            assertEquals(0, r.code);
            assertTrue(r.out.startsWith("Usage: nnfs " + c), r.out);
        }
        assertTrue(run("--help").out.contains("Commands:"));
        // a completion script for bash and zsh that knows every command and an option of each
        Result completion = run("generate-completion");
        assertEquals(0, completion.code, completion.err);
        assertTrue(completion.out.contains("complete -F"), completion.out);
        for (String c : Main.commands().keySet()) assertTrue(completion.out.contains(c), c);
        assertTrue(completion.out.contains("--test-fraction") && completion.out.contains("--proxy-address"));
    }

    @Test
    void reproduceWritesTheArticlesFiguresAndLossLog(@TempDir Path dir) throws Exception {
        Result r = run("reproduce", "--out", dir.toString());
        assertEquals(0, r.code, r.err);
        for (String f : new String[] {"dataset", "logistic-regression", "hidden-3", "hidden-sizes"}) {
            var img = ImageIO.read(dir.resolve(f + ".png").toFile());
            assertNotNull(img, f);
            assertTrue(img.getWidth() >= 600, f);
        }
        var hs = ImageIO.read(dir.resolve("hidden-sizes.png").toFile());
        assertEquals(4 * 380, hs.getHeight(), "seven panels in four rows");
        List<String> log = Files.readAllLines(dir.resolve("loss-log.txt"));
        assertEquals("Loss after iteration 0: 0.432387", log.get(0));
        assertEquals("Loss after iteration 1000: 0.068947", log.get(1));
        assertEquals(2, run("reproduce").code);
    }

    @Test
    void aDivergingRunExitsWithItsReason() {
        Result r = run("train", "--lr", "500", "--print-every", "0");
        assertEquals(1, r.code);
        assertTrue(r.err.contains("too high"), r.err);
        assertTrue(r.err.matches("(?s).*pass \\d+.*"), "the reason names the pass where it stopped: " + r.err);
    }

    /** bench --compare prints nnfs's time per size and, where python3 has numpy, both numpy versions with ratios. */
    @Test
    void benchCompareReportsEachSizeAndTheRatios() throws Exception {
        Result r = run("bench", "--compare", "--sizes", "2,4", "--passes", "20", "--rounds", "2", "--warmup", "0", "--no-math");
        assertEquals(0, r.code, r.out + r.err);
        NumpyPeer peer = NumpyComparison.peer();
        boolean numpy = peer != null;
        if (numpy) {
            // the header names the numpy measured against, its BLAS and kernel, and what was held back from it
            String header = r.out.lines().filter(l -> l.startsWith("numpy ")).findFirst().orElse("");
            assertTrue(header.startsWith("numpy " + peer.version() + " ("), r.out);
            assertTrue(header.contains("kernel "), header);
            for (String v : NumpyPeer.HELD_BACK) assertEquals(System.getenv(v) != null, header.contains(v + "="), header);
        }
        for (int h : new int[] {2, 4}) {
            assertTrue(r.out.contains("hidden " + h + ": nnfs "), r.out);
            assertEquals(numpy, r.out.matches("(?s).*hidden " + h + ": nnfs [^\\n]*\\n  numpy, the article's code: [0-9.]+ us per pass .*: nnfs is [0-9.]+x as fast \\(rounds: [0-9.]+-[0-9.]+x\\)\\n"
                    + "  numpy, written for speed: +[0-9.]+ us per pass .*"), r.out);
        }
        if (!numpy) assertTrue(r.err.contains("python3 with numpy is not on the PATH"), r.err);
    }
}

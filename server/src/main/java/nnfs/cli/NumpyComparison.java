package nnfs.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nnfs.data.Dataset;
import nnfs.data.DataSource;
import nnfs.data.DatasetSpec;
import nnfs.model.ModelDocument;
import nnfs.nn.Training;
import nnfs.nn.TrainingSettings;
import nnfs.server.pictures.Figures;

/**
 * {@code bench --compare}: nnfs's training against the article's numpy code and a best-written numpy version of it,
 * interleaved round by round (a noisy machine slows all three alike), on the same points and initial weights.
 * Speed is reported as numbers and ratios; nothing here is a test.
 */
final class NumpyComparison {
    private NumpyComparison() {}

    static final int NUMPY_WARMUP = 200;
    /** nnfs's share of a round lasts at least this long, as numpy's does (2000 passes take it 0.2-0.9 s). */
    static final double MIN_SECONDS = 0.25;

    static int run(Dataset moons, int[] sizes, int passes, int rounds, int warmup, PrintStream out, PrintStream err) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("nnfs-bench");
            Path script = resource(dir, "numpy_bench.py"), data = dir.resolve("moons.csv");
            StringBuilder csv = new StringBuilder();
            for (int i = 0; i < moons.n; i++) csv.append(moons.get(i, 0)).append(',').append(moons.get(i, 1)).append(',').append(moons.y[i]).append('\n');
            Files.writeString(data, csv);
            NumpyPeer numpy = NumpyPeer.find(resource(dir, "numpy_probe.py"));
            if (numpy == null) {
                err.println("bench --compare: python3 with numpy is not on the PATH; timing nnfs alone");
            } else {
                out.println(numpy.describe() + "; " + NUMPY_WARMUP + " passes of warm-up per round");
            }
            for (int h : sizes) {
                Training t = BenchCommand.warmedUp(moons, h, warmup);
                double[] ours = new double[rounds], article = new double[rounds], best = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    ours[r] = BenchCommand.usPerPass(t, passes, MIN_SECONDS);
                    if (numpy != null) {
                        article[r] = python(numpy, script, data, "article", h, passes);
                        best[r] = python(numpy, script, data, "best", h, passes);
                    }
                }
                // each round's ratio, before sorting: a round's timings are taken side by side, so a machine whose
                // speed drifts (a shared one does) moves both alike, and the median of the ratios sees less of it
                double[] articleRatio = new double[rounds], bestRatio = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    articleRatio[r] = article[r] / ours[r];
                    bestRatio[r] = best[r] / ours[r];
                }
                for (double[] v : new double[][] {ours, article, best, articleRatio, bestRatio}) Arrays.sort(v);
                int m = rounds / 2, last = rounds - 1;
                out.println(String.format("hidden %d: nnfs %.1f us per pass (range %.1f-%.1f, median of %d rounds of %d passes or more, %.2f s at least)",
                        h, ours[m], ours[0], ours[last], rounds, passes, MIN_SECONDS));
                if (numpy != null) {
                    out.println(String.format("  numpy, the article's code: %.1f us per pass (range %.1f-%.1f): nnfs is %.2fx as fast (rounds: %.2f-%.2fx)",
                            article[m], article[0], article[last], articleRatio[m], articleRatio[0], articleRatio[last]));
                    out.println(String.format("  numpy, written for speed:  %.1f us per pass (range %.1f-%.1f): nnfs is %.2fx as fast (rounds: %.2f-%.2fx)",
                            best[m], best[0], best[last], bestRatio[m], bestRatio[0], bestRatio[last]));
                }
            }
            server(script, data, numpy, out);
            return 0;
        } catch (IOException | InterruptedException e) {
            err.println("bench --compare: " + e.getMessage());
            return 1;
        } finally {
            if (dir != null) {
                try {
                    deleteFolder(dir);
                } catch (IOException ignored) {
                    // a temporary folder left behind is not worth failing a benchmark for
                }
            }
        }
    }

    /** Deletes a temporary folder of files. */
    private static void deleteFolder(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) Files.deleteIfExists(f);
        }
        Files.deleteIfExists(dir);
    }

    /**
     * The server's side: the article's four figures from a cold start (a new JVM drawing them, as a server does
     * with none kept), against numpy's time for the hidden-50 training alone; then a 640x480 boundary picture of
     * the article's trained model, drawn anew each time (a server draws it once per model, then keeps it).
     */
    private static void server(Path script, Path data, NumpyPeer numpy, PrintStream out) throws IOException, InterruptedException {
        Path figures = Files.createTempDirectory("nnfs-figures");
        double seconds;
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            long t0 = System.nanoTime();
            List<String> r = NumpyPeer.run(List.of(java, "-cp", System.getProperty("java.class.path"), "nnfs.cli.Main", "reproduce", "--out", figures.toString()));
            seconds = (System.nanoTime() - t0) / 1e9;
            if (r == null) throw new IOException("nnfs reproduce failed in a new JVM");
        } finally {
            deleteFolder(figures);
        }
        out.println(String.format("server: the article's four figures from a cold start (a new JVM: nnfs reproduce): %.2f s", seconds));
        if (numpy != null) {
            double np = python(numpy, script, data, "article", 50, 20000) * 20000 / 1e6;
            out.println(String.format("  numpy, the article's code, its hidden-50 training alone (20000 passes): %.2f s; the figures take %.2fx that",
                    np, seconds / np));
        }
        Training t = Training.article(DatasetSpec.article().generate(), 3, TrainingSettings.article());
        t.runToEnd();
        ModelDocument doc = ModelDocument.of("", t, DataSource.article());
        // five seconds of warm-up first, as a benchmark harness would (JMH warms up for 50 by default): a running
        // server has compiled its drawing code; the JIT needs about a hundred pictures for it
        Figures.prepareDrawing();
        int warmups = 0;
        for (long end = System.nanoTime() + 5_000_000_000L; System.nanoTime() < end; warmups++) Figures.boundaryPng(doc, 640, 480);
        double[] ms = new double[15];
        for (int k = 0; k < ms.length; k++) {
            long t0 = System.nanoTime();
            Figures.boundaryPng(doc, 640, 480);
            ms[k] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        out.println(String.format("  a 640x480 boundary picture of the article's model, uncached: %.1f ms (median of %d after %d of warm-up; range %.1f-%.1f)",
                ms[ms.length / 2], ms.length, warmups, ms[0], ms[ms.length - 1]));
    }

    /** The numpy bench --compare would measure against, or null: for the test of this command. */
    static NumpyPeer peer() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("nnfs-probe");
            return NumpyPeer.find(resource(dir, "numpy_probe.py"));
        } catch (IOException e) {
            return null;
        } finally {
            try {
                if (dir != null) deleteFolder(dir);
            } catch (IOException e) {
                // a temporary folder left behind
            }
        }
    }

    /** One of the bench's python scripts (in the jar) as a file in dir. */
    private static Path resource(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = NumpyComparison.class.getResourceAsStream("/nnfs/bench/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static double python(NumpyPeer numpy, Path script, Path data, String variant, int hidden, int passes) throws IOException, InterruptedException {
        List<String> r = numpy.script(List.of(script.toString(), data.toString(), variant, String.valueOf(hidden), String.valueOf(passes),
                String.valueOf(NUMPY_WARMUP)));
        if (r == null) throw new IOException("the numpy script failed (" + variant + ", hidden " + hidden + ")");
        return Double.parseDouble(r.get(r.size() - 1).strip());
    }
}

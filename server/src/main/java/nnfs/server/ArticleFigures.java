package nnfs.server;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;
import nnfs.logreg.LogisticRegressionCV;
import nnfs.nn.Training;
import nnfs.nn.TrainingSettings;

/** The article's four figures, made by the shared core and drawn like the model pictures. */
final class ArticleFigures {
    private ArticleFigures() {}

    static final List<String> NAMES = List.of("dataset", "logistic-regression", "hidden-3", "hidden-sizes");
    static final int[] SIZES = {1, 2, 3, 4, 5, 20, 50};

    /** The figure's PNG; throws IllegalArgumentException for an unknown name. */
    static byte[] render(String name, Shutdown shutdown) throws Exception {
        Dataset moons = DatasetSpec.article().generate();
        switch (name) {
            case "dataset":
                return Png.encode(BoundaryChart.draw(BoundaryChart.chart(null, moons, null, "make_moons(200, noise=0.20)", 0, false), 640, 480));
            case "logistic-regression":
                LogisticRegressionCV cv = LogisticRegressionCV.fit(moons);
                return Png.encode(BoundaryChart.draw(BoundaryChart.chart(cv.model, moons, null, "Logistic Regression", 400, false), 640, 480));
            case "hidden-3":
                return Png.encode(BoundaryChart.draw(BoundaryChart.chart(train(moons, 3, shutdown).network(), moons, null,
                        "Decision Boundary for hidden layer size 3", 400, false), 640, 480));
            case "hidden-sizes":
                return Png.encode(hiddenSizes(moons, shutdown));
            default:
                throw new IllegalArgumentException("unknown figure '" + name + "': expected one of " + NAMES);
        }
    }

    static Training train(Dataset moons, int hidden, Shutdown shutdown) {
        Training t = Training.article(moons, hidden, TrainingSettings.article());
        shutdown.train(t);
        return t;
    }

    /** Seven panels, "Hidden Layer size h" each, trained side by side. */
    static BufferedImage hiddenSizes(Dataset moons, Shutdown shutdown) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            Map<Integer, Future<Training>> runs = new LinkedHashMap<>();
            for (int h : SIZES) runs.put(h, pool.submit(() -> train(moons, h, shutdown)));
            int pw = 480, ph = 380, cols = 2, rows = (SIZES.length + cols - 1) / cols;
            BufferedImage img = new BufferedImage(cols * pw, rows * ph, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            List<Integer> order = new ArrayList<>(runs.keySet());
            for (int i = 0; i < order.size(); i++) {
                int h = order.get(i);
                Training t = runs.get(h).get();
                String title = String.format(java.util.Locale.ROOT, "Hidden Layer size %d (loss %.4f, accuracy %.1f%%)", h,
                        t.evaluate().loss, 100 * t.evaluate().accuracy);
                BufferedImage panel = BoundaryChart.draw(BoundaryChart.chart(t.network(), moons, null, title, 300, false), pw, ph);
                g.drawImage(panel, (i % cols) * pw, (i / cols) * ph, null);
            }
            g.dispose();
            return img;
        } finally {
            pool.shutdownNow();
        }
    }
}

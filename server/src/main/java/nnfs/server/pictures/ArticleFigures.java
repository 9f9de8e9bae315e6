package nnfs.server.pictures;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Supplier;
import nnfs.data.Dataset;
import nnfs.data.DatasetSpec;
import nnfs.logreg.LogisticRegressionCV;
import nnfs.nn.Evaluation;
import nnfs.nn.Training;
import java.util.Locale;

/** The article's four figures, made by the shared core and drawn like the model pictures. */
public final class ArticleFigures {
    private ArticleFigures() {}

    public static final List<String> NAMES = List.of("dataset", "logistic-regression", "hidden-3", "hidden-sizes");

    /**
     * The figure's PNG, its networks taken from {@code runs} (asked only by the figures that show a network);
     * throws IllegalArgumentException for an unknown name.
     */
    static byte[] render(String name, Supplier<ArticleRuns> runs) throws Exception {
        Dataset moons = DatasetSpec.article().generate();
        switch (name) {
            case "dataset":
                return Png.encode(BoundaryChart.draw(BoundaryChart.chart(null, moons, null, "make_moons(200, noise=0.20)", 0, false), 640, 480));
            case "logistic-regression":
                LogisticRegressionCV cv = LogisticRegressionCV.fit(moons);
                return Png.encode(BoundaryChart.draw(BoundaryChart.chart(cv.model, moons, null, "Logistic Regression", 400, false), 640, 480));
            case "hidden-3":
                return Png.encode(BoundaryChart.draw(BoundaryChart.chart(runs.get().get(3).network(), moons, null,
                        "Decision Boundary for hidden layer size 3", 400, false), 640, 480));
            case "hidden-sizes":
                return Png.encode(hiddenSizes(moons, runs.get()));
            default:
                throw new IllegalArgumentException("unknown figure '" + name + "': expected one of " + NAMES);
        }
    }

    /** Seven panels, "Hidden Layer size h" each, in the article's order, each drawn as soon as its training ends. */
    static BufferedImage hiddenSizes(Dataset moons, ArticleRuns runs) throws Exception {
        int[] sizes = ArticleRuns.SIZES;
        int pw = 480, ph = 380, cols = 2, rows = (sizes.length + cols - 1) / cols;
        BufferedImage img = new BufferedImage(cols * pw, rows * ph, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            for (int i = 0; i < sizes.length; i++) {
                Training t = runs.get(sizes[i]);
                Evaluation e = t.evaluate();
                String title = String.format(Locale.ROOT, "Hidden Layer size %d (loss %.4f, accuracy %.1f%%)", sizes[i],
                        e.loss, 100 * e.accuracy);
                BufferedImage panel = BoundaryChart.draw(BoundaryChart.chart(t.network(), moons, null, title, 300, false), pw, ph);
                g.drawImage(panel, (i % cols) * pw, (i / cols) * ph, null);
            }
        } finally {
            g.dispose();
        }
        return img;
    }
}

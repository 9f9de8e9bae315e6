package nnfs.server.pictures;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nnfs.data.DatasetSpec;
import nnfs.nn.Training;
import nnfs.text.PyFormat;
import nnfs.model.ModelDocument;
import nnfs.server.http.Shutdown;

/**
 * The command line's view of the server's drawing: {@code reproduce} (the article's figures, drawn by the server's
 * renderer, and its loss log) and the benchmark's boundary picture.
 */
public final class Figures {
    private Figures() {}

    public static List<Path> reproduce(Path dir) throws Exception {
        List<Path> written = new ArrayList<>();
        ArticleRuns runs = new ArticleRuns(DatasetSpec.article().generate(), new Shutdown());
        for (String name : ArticleFigures.NAMES) {
            Path p = dir.resolve(name + ".png");
            Files.write(p, ArticleFigures.render(name, () -> runs));
            written.add(p);
        }
        Training t = runs.get(3);
        StringBuilder log = new StringBuilder();
        for (Training.Point p : t.history()) log.append(PyFormat.lossLine(p.pass, p.loss)).append('\n');
        Path p = dir.resolve("loss-log.txt");
        Files.writeString(p, log.toString(), StandardCharsets.UTF_8);
        written.add(p);
        return written;
    }

    /** Readies the drawing code as the server does at its start (headless, fonts loaded): once, before drawing. */
    public static void prepareDrawing() {
        Pictures.warmUp();
    }

    /** A model's 640x480-style boundary PNG as the server draws it, uncached: for the benchmark. */
    public static byte[] boundaryPng(ModelDocument doc, int width, int height) {
        return Pictures.drawBoundary(doc, width, height);
    }
}

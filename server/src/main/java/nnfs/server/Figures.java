package nnfs.server;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nnfs.data.DatasetSpec;
import nnfs.nn.Training;
import nnfs.text.PyFormat;

/** The command line's {@code reproduce}: the article's figures, drawn by the server's renderer, and its loss log. */
public final class Figures {
    private Figures() {}

    public static List<Path> reproduce(Path dir) throws Exception {
        List<Path> written = new ArrayList<>();
        for (String name : ArticleFigures.NAMES) {
            Path p = dir.resolve(name + ".png");
            Files.write(p, ArticleFigures.render(name, new Shutdown()));
            written.add(p);
        }
        Training t = ArticleFigures.train(DatasetSpec.article().generate(), 3, new Shutdown());
        StringBuilder log = new StringBuilder();
        for (Training.Point p : t.history()) log.append(PyFormat.lossLine(p.pass, p.loss)).append('\n');
        Path p = dir.resolve("loss-log.txt");
        Files.writeString(p, log.toString(), StandardCharsets.UTF_8);
        written.add(p);
        return written;
    }
}
